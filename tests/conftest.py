"""Test configuration: Qt runs offscreen, settings go to temporary files."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "*.debug=false;qt.qpa.*=false")

# Analyses opened in tests are cached in a throw-away folder, never in the user's cache.
os.environ.setdefault("READER_CACHE_DIR", tempfile.mkdtemp(prefix="reader-test-cache-"))

# Annotations (an SQLite database in the user's data folder) go to a throw-away folder too.
os.environ.setdefault("READER_DATA_DIR", tempfile.mkdtemp(prefix="reader-test-data-"))
