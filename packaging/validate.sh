#!/usr/bin/env bash
# Validate the desktop entry and the AppStream metadata (Debian packages desktop-file-utils and appstream).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
desktop-file-validate "$here/linux/io.github.readerapp.Reader.desktop"
appstreamcli validate --no-net "$here/linux/io.github.readerapp.Reader.metainfo.xml"
