"""The io module: streams for text and bytes, in memory and on files.

The classes live in `_io` (lib/_io.py); IOBase and its three abstract
children are the classes user streams derive from, and `isinstance` sees
every `_io` stream as one of them."""

import _io
from builtins import open
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open_code, FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter,
                 BufferedRWPair, BufferedRandom, TextIOWrapper, text_encoding)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
           "BufferedRWPair", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder", "Reader",
           "Writer"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _IOMeta(type):
    """Makes `isinstance(stream, io.IOBase)` true for the `_io` classes."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        native = _NATIVE.get(cls.__name__) if cls.__module__ == "io" else None
        if native is not None and issubclass(sub, native):
            return True
        return cls in getattr(sub, "__mro__", ())


_NATIVE = {"IOBase": _io._IOBase, "RawIOBase": _io._RawIOBase,
           "BufferedIOBase": _io._BufferedIOBase, "TextIOBase": _io._TextIOBase}


class IOBase(_io._IOBase, metaclass=_IOMeta):
    """The abstract base class of all I/O classes."""


class RawIOBase(_io._RawIOBase, IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    """Base class for buffered binary I/O."""


class TextIOBase(_io._TextIOBase, IOBase):
    """Base class for text I/O."""


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n across decoded pieces."""

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._cr = False

    def decode(self, input, final=False):
        text = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._cr:
            text = "\r" + text
            self._cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._cr = True
        if self.translate:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def reset(self):
        self._cr = False


class Reader:
    """Protocol for reading from a file or other input stream."""
    __slots__ = ()


class Writer:
    """Protocol for writing to a file or other output stream."""
    __slots__ = ()
