"""The one exception type the core raises for bad input."""


class ReaderError(Exception):
    """Input the reader cannot use: the message is written for the person who chose the file."""
