"""reader: a desktop reader for Chinese articles that understands their numbers."""

__version__ = "0.1.0"
APP_ID = "io.github.readerapp.Reader"
APP_NAME = "reader"
