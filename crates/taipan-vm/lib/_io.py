# Taipan's `_io`: file objects in three layers, as CPython has them.
#
#   FileIO          raw bytes on an `os.open` descriptor (no buffering)
#   Buffered*       a read buffer and a write buffer over a raw object
#   TextIOWrapper   str over a buffered object: encoding, newlines
#
# plus the in-memory StringIO and BytesIO and `open()`. Frames of this
# module are left out of tracebacks (modules/stdlib.rs `hidden`), so
# errors look as if raised by native code, as in CPython.
#
# TextIOWrapper keeps the decoded text of the current chunk *before*
# newline translation (`_text`, read position `_tpos`) with the byte
# offset where the chunk began (`_tstart`): `tell()` is that offset plus
# the encoded length of what was consumed, so positions are byte offsets
# (CPython's cookies for stateless decoders).

import os
import weakref

DEFAULT_BUFFER_SIZE = 128 * 1024
_CHUNK = 8192
_UNSET = object()


class UnsupportedOperation(OSError, ValueError):
    __module__ = "io"


BlockingIOError = BlockingIOError


def _closed_error(msg="I/O operation on closed file."):
    return ValueError(msg)


def _index(v, what="an integer"):
    if v is None:
        return -1
    if isinstance(v, int):
        return v
    if hasattr(type(v), "__index__"):
        return v.__index__()
    raise TypeError("argument should be integer or None, not '" + type(v).__name__ + "'")


class _IOBase:
    """The base of all I/O classes."""

    _iobase_closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    @property
    def closed(self):
        return self._iobase_closed

    def close(self):
        if not self._iobase_closed:
            try:
                self.flush()
            finally:
                self._iobase_closed = True

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error(msg or "I/O operation on closed file.")

    def _checkReadable(self):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def _checkSeekable(self):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _index(size)
        out = bytearray()
        while size < 0 or len(out) < size:
            b = self.read(1)
            if not b:
                break
            out += b
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """The base of raw binary I/O."""

    def read(self, size=-1):
        size = _index(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class _BufferedIOBase(_IOBase):
    """The base of buffered binary I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n


class _TextIOBase(_IOBase):
    """The base of text I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _mode_flags(mode):
    """(readable, writable, os flags, FileIO.mode) for a FileIO mode."""
    seen = set()
    rwa = None
    plus = False
    for c in mode:
        if c in seen or c not in "rwaxb+":
            raise ValueError("invalid mode: " + mode)
        seen.add(c)
        if c in "rwax":
            if rwa is not None:
                rwa = "?"
            else:
                rwa = c
        elif c == "+":
            plus = True
    if rwa is None or rwa == "?":
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if rwa == "r":
        flags = os.O_RDWR if plus else os.O_RDONLY
        shown = "rb+" if plus else "rb"
    elif rwa == "w":
        flags = (os.O_RDWR if plus else os.O_WRONLY) | os.O_CREAT | os.O_TRUNC
        shown = "rb+" if plus else "wb"
    elif rwa == "a":
        flags = (os.O_RDWR if plus else os.O_WRONLY) | os.O_CREAT | os.O_APPEND
        shown = "ab+" if plus else "ab"
    else:
        flags = (os.O_RDWR if plus else os.O_WRONLY) | os.O_CREAT | os.O_EXCL
        shown = "xb+" if plus else "xb"
    return rwa == "r" or plus, rwa != "r" or plus, flags | os.O_CLOEXEC, shown


class FileIO(_RawIOBase):
    """Raw binary I/O on a file descriptor."""

    _fd = -1

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not " + type(mode).__name__)
        readable, writable, flags, shown = _mode_flags(mode)
        self._readable = readable
        self._writable = writable
        self._appending = "a" in mode
        self.mode = shown
        self._closefd = closefd
        if isinstance(file, bool) or isinstance(file, int):
            fd = int(file)
            if fd < 0:
                raise ValueError("negative file descriptor")
            self.name = fd
        else:
            self.name = file
            path = os.fspath(file)
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is None:
                fd = os.open(path, flags, 0o666)
            else:
                fd = opener(path, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError("opener returned " + str(fd))
        self._fd = fd
        if fd > 2:
            try:
                st = os.fstat(fd)
            except OSError:
                st = None
            if st is not None and (st.st_mode & 0o170000) == 0o040000:
                if closefd:
                    os.close(fd)
                self._fd = -1
                raise IsADirectoryError(21, "Is a directory", self.name)
            self._blksize = st.st_blksize if st is not None else DEFAULT_BUFFER_SIZE
        else:
            self._blksize = DEFAULT_BUFFER_SIZE
        if self._appending and fd > 2:
            os.lseek(fd, 0, 2)

    @property
    def closefd(self):
        return self._closefd

    @property
    def closed(self):
        return self._fd < 0

    def _check(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file")

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        if self._fd <= 2:
            return False
        return True

    def isatty(self):
        self._check()
        return os.isatty(self._fd)

    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        size = _index(size)
        if size < 0:
            return self.readall()
        return os.read(self._fd, size)

    def readall(self):
        self._check()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        chunks = []
        while True:
            data = os.read(self._fd, DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        self._check()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        data = os.read(self._fd, len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._check()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        return os.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check()
        return os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        os.ftruncate(self._fd, size)
        return size

    def flush(self):
        self._check()

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                os.close(fd)

    def __repr__(self):
        if self._fd < 0:
            return "<_io.FileIO [closed]>"
        return ("<_io.FileIO name=" + repr(self.name) + " mode=" + repr(self.mode)
                + " closefd=" + repr(self._closefd) + ">")


class _BufferedBase(_BufferedIOBase):
    """The shared part of BufferedReader, BufferedWriter, BufferedRandom."""

    _can_read = False
    _can_write = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()
        self._detached = False

    def _check(self, msg="I/O operation on closed file"):
        if self._detached:
            raise ValueError("raw stream has been detached")
        if self.raw.closed:
            raise ValueError(msg)

    @property
    def closed(self):
        if self._detached:
            raise ValueError("raw stream has been detached")
        return self.raw.closed

    @property
    def name(self):
        self._check_detached()
        return self.raw.name

    @property
    def mode(self):
        self._check_detached()
        return self.raw.mode

    def _check_detached(self):
        if self._detached:
            raise ValueError("raw stream has been detached")

    def readable(self):
        self._check()
        return self._can_read and self.raw.readable()

    def writable(self):
        self._check()
        return self._can_write and self.raw.writable()

    def seekable(self):
        self._check()
        return self.raw.seekable()

    def fileno(self):
        self._check_detached()
        return self.raw.fileno()

    def isatty(self):
        self._check()
        return self.raw.isatty()

    # Reading.

    def _drop_read_buffer(self):
        """Give back to the raw stream what was read ahead."""
        ahead = len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        if ahead:
            self.raw.seek(-ahead, 1)

    def _fill(self):
        """Read a chunk into the read buffer; False at the end."""
        self._flush_writes()
        data = self.raw.read(self.buffer_size)
        if not data:
            return False
        if self._rpos < len(self._rbuf):
            self._rbuf = self._rbuf[self._rpos:] + data
        else:
            self._rbuf = data
        self._rpos = 0
        return True

    def _check_read(self):
        self._check("read of closed file")
        if not self._can_read:
            raise UnsupportedOperation("read")

    def read(self, size=-1):
        self._check_read()
        size = _index(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        if size < 0:
            self._flush_writes()
            rest = self._rbuf[self._rpos:]
            self._rbuf = b""
            self._rpos = 0
            more = self.raw.readall()
            return rest + more if more else rest
        while len(self._rbuf) - self._rpos < size:
            if not self._fill():
                break
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def read1(self, size=-1):
        self._check_read()
        size = _index(size)
        if self._rpos >= len(self._rbuf):
            if size == 0:
                return b""
            self._fill()
        if size < 0:
            size = len(self._rbuf) - self._rpos
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def peek(self, size=0):
        self._check_read()
        if self._rpos >= len(self._rbuf):
            self._fill()
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._check("readline of closed file")
        if not self._can_read:
            raise UnsupportedOperation("readline")
        size = _index(size)
        while True:
            i = self._rbuf.find(b"\n", self._rpos)
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._rbuf) - self._rpos or not self._fill():
                end = len(self._rbuf)
                break
        if 0 <= size < end - self._rpos:
            end = self._rpos + size
        line = self._rbuf[self._rpos:end]
        self._rpos = end
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    # Writing.

    def write(self, b):
        self._check("write to closed file")
        if not self._can_write:
            raise UnsupportedOperation("write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._rbuf:
            self._drop_read_buffer()
        n = len(b)
        self._wbuf += b
        if len(self._wbuf) >= self.buffer_size:
            self._flush_writes()
        return n

    def _flush_writes(self):
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf = bytearray()
            self.raw.write(data)

    def flush(self):
        self._check("flush of closed file")
        self._flush_writes()

    # Positioning.

    def tell(self):
        self._check()
        pos = self.raw.tell() - (len(self._rbuf) - self._rpos) + len(self._wbuf)
        return pos if pos >= 0 else 0

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'" + type(pos).__name__ + "' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2):
            raise ValueError("whence value " + str(whence) + " unsupported")
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check()
        if not self._can_write:
            raise UnsupportedOperation("truncate")
        self._flush_writes()
        if pos is None:
            pos = self.tell()
        if self._rbuf:
            self._drop_read_buffer()
        return self.raw.truncate(pos)

    def close(self):
        if self._detached or self.raw.closed:
            return
        try:
            if self._can_write:
                self.flush()
        finally:
            self.raw.close()

    def detach(self):
        self._check_detached()
        self.flush()
        raw = self.raw
        self._detached = True
        return raw

    def __repr__(self):
        name = type(self).__name__
        try:
            shown = self.name
        except Exception:
            return "<_io." + name + ">"
        return "<_io." + name + " name=" + repr(shown) + ">"


class BufferedReader(_BufferedIOBase):
    """A buffered reader over a raw stream."""
    _can_read = True
    _can_write = False


class BufferedWriter(_BufferedIOBase):
    """A buffered writer over a raw stream."""
    _can_read = False
    _can_write = True


class BufferedRandom(_BufferedIOBase):
    """A buffered reader and writer over a seekable raw stream."""
    _can_read = True
    _can_write = True


def _share_methods():
    # The three classes share one implementation but, as in CPython, each
    # derives from _BufferedIOBase directly.
    for key, value in list(_BufferedBase.__dict__.items()):
        if key.startswith("__") and key not in ("__init__", "__next__", "__repr__"):
            continue
        if key in ("_can_read", "_can_write"):
            continue
        for cls in (BufferedReader, BufferedWriter, BufferedRandom):
            setattr(cls, key, value)


_share_methods()


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer joined."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


def _codec_name(encoding):
    """The normalised codec name: 'utf-8', 'utf-8-sig', 'utf-16', ..."""
    name = encoding.lower().replace("_", "-")
    if name in ("utf8", "u8", "utf", "cp65001", "locale"):
        return "utf-8"
    if name in ("utf-8-sig", "utf8-sig"):
        return "utf-8-sig"
    if name in ("utf16", "utf-16"):
        return "utf-16"
    if name in ("utf32", "utf-32"):
        return "utf-32"
    return name


# Codecs whose text must be decoded in one piece (no chunk boundaries).
_WHOLE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
# Codecs that write a byte order mark at the start of a stream, and the
# codec to use after it.
_BOM = {"utf-16": "utf-16-le", "utf-32": "utf-32-le", "utf-8-sig": "utf-8"}


def _utf8_tail(raw):
    """How many bytes at the end of `raw` start an unfinished sequence."""
    n = len(raw)
    k = 1
    while k <= 3 and k <= n:
        b = raw[n - k]
        if b & 0xC0 == 0x80:
            k += 1
            continue
        if b >= 0xC0:
            need = 2 if b < 0xE0 else (3 if b < 0xF0 else 4)
            return k if need > k else 0
        return 0
    return 0


def _newlines_of(seen):
    """The `newlines` attribute for the kinds of line ends seen."""
    kinds = []
    if seen & 1:
        kinds.append("\r")
    if seen & 2:
        kinds.append("\n")
    if seen & 4:
        kinds.append("\r\n")
    if not kinds:
        return None
    if len(kinds) == 1:
        return kinds[0]
    return tuple(kinds)


def _encode(text, codec, errors):
    if codec == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8", errors)
    return text.encode(codec, errors)


def _check_newline(newline, who):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(who + " argument 'newline' must be str or None, not "
                        + type(newline).__name__)
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: " + newline)


class TextIOWrapper(_TextIOBase):
    """Text I/O over a buffered binary stream."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline, "TextIOWrapper()")
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not "
                            + type(encoding).__name__)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not "
                            + type(errors).__name__)
        codec = _codec_name(encoding)
        b"".decode("utf-8" if codec == "utf-8-sig" else codec)
        self._buffer = buffer
        self._encoding = encoding
        self._codec = codec
        self._errors = errors
        self._newline = newline
        self._translate = newline is None
        self._universal = newline is None or newline == ""
        self._writenl = newline if newline in ("\r", "\r\n") else None
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._seen = 0
        self._detached = False
        self._telling = True
        self._reset_read()
        self._out_codec = codec
        if codec in _BOM:
            try:
                at_start = not buffer.seekable() or buffer.tell() == 0
            except Exception:
                at_start = True
            if not at_start:
                self._out_codec = _BOM[codec]

    def _reset_read(self, start=0):
        self._text = ""
        self._tpos = 0
        self._tstart = start
        self._tbytes = 0
        self._pending = b""
        self._eof = False
        self._started = False

    # Properties.

    @property
    def buffer(self):
        self._check_detached()
        return self._buffer

    def _check_detached(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return _newlines_of(self._seen)

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def _check(self):
        self._check_detached()
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def flush(self):
        self._check()
        self._buffer.flush()

    def close(self):
        if self._detached or self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def detach(self):
        self._check_detached()
        self.flush()
        self._detached = True
        return self._buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=_UNSET,
                    line_buffering=None, write_through=None):
        """Change the encoding, errors, newline or buffering settings."""
        self.flush()
        if encoding is not None:
            self._encoding = encoding
            self._codec = _codec_name(encoding)
            self._out_codec = self._codec
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not _UNSET:
            _check_newline(newline, "reconfigure()")
            self._newline = newline
            self._translate = newline is None
            self._universal = newline is None or newline == ""
            self._writenl = newline if newline in ("\r", "\r\n") else None
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    # Reading.

    def _read_chunk(self):
        """Decode more of the stream into `_text`; False at the end."""
        if self._eof:
            return False
        whole = self._codec in _WHOLE
        if whole:
            data = self._buffer.read()
        elif hasattr(self._buffer, "read1"):
            data = self._buffer.read1(_CHUNK)
        else:
            data = self._buffer.read(_CHUNK)
        if data is None:
            data = b""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("underlying read1() should have returned a bytes-like object, not '"
                            + type(data).__name__ + "'")
        raw = self._pending + data
        keep = 0
        if not data or whole:
            self._eof = True
        elif self._codec in ("utf-8", "utf-8-sig"):
            keep = _utf8_tail(raw)
        codec = self._codec
        skipped = 0
        if codec == "utf-8-sig":
            if not self._started and raw.startswith(b"\xef\xbb\xbf"):
                skipped = 3
            codec = "utf-8"
        self._started = True
        text = raw[skipped:len(raw) - keep].decode(codec, self._errors)
        self._pending = raw[len(raw) - keep:]
        if self._universal and ("\r" in text or "\n" in text):
            self._note_newlines(text)
        if self._tpos >= len(self._text):
            self._tstart += self._tbytes + skipped
            self._text = text
            self._tbytes = len(raw) - keep - skipped
        else:
            done = self._text[:self._tpos]
            used = len(_encode(done, self._plain(), self._errors)) if done else 0
            self._tstart += used + skipped
            self._text = self._text[self._tpos:] + text
            self._tbytes = self._tbytes - used + len(raw) - keep - skipped
        self._tpos = 0
        return bool(data) or bool(text)

    def _note_newlines(self, text):
        crlf = text.count("\r\n")
        if crlf:
            self._seen |= 4
        if text.count("\r") > crlf:
            self._seen |= 1
        if text.count("\n") > crlf:
            self._seen |= 2

    def _translated(self, raw):
        if self._translate and "\r" in raw:
            return raw.replace("\r\n", "\n").replace("\r", "\n")
        return raw

    def _check_read(self):
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._check_read()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '"
                            + type(size).__name__ + "'")
        self._flush_for_read()
        if size < 0:
            while self._read_chunk():
                pass
            raw = self._text[self._tpos:]
            self._tpos = len(self._text)
            return self._translated(raw)
        out = []
        n = 0
        while n < size:
            if self._tpos >= len(self._text) and not self._read_chunk():
                break
            raw = self._text[self._tpos:self._tpos + size - n]
            end = self._tpos + len(raw)
            if self._translate and raw.endswith("\r"):
                if end >= len(self._text) and not self._eof:
                    self._read_chunk()
                    continue
                if end < len(self._text) and self._text[end] == "\n":
                    end += 1
            self._tpos = end
            piece = self._translated(raw)
            out.append(piece)
            n += len(piece)
        return "".join(out)

    def _line_end(self, size):
        """The end of the next line in `_text` (reading more as needed)."""
        while True:
            text = self._text
            start = self._tpos
            nl = self._newline
            if self._universal:
                i = text.find("\n", start)
                j = text.find("\r", start, i if i >= 0 else len(text))
                if j >= 0:
                    if j + 1 < len(text):
                        return j + 2 if text[j + 1] == "\n" else j + 1
                    if self._eof:
                        return j + 1
                elif i >= 0:
                    return i + 1
            else:
                i = text.find(nl, start)
                if i >= 0:
                    return i + len(nl)
            if 0 <= size <= len(text) - start:
                return start + size
            if not self._read_chunk():
                return len(self._text)

    def readline(self, size=-1):
        self._check_read()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '"
                            + type(size).__name__ + "'")
        self._flush_for_read()
        end = self._line_end(size)
        raw = self._text[self._tpos:end]
        line = self._translated(raw)
        if 0 <= size < len(line):
            line = line[:size]
            end = self._tpos + size
        self._tpos = end
        return line

    def __next__(self):
        self._check()
        self._telling = False
        line = self.readline()
        if not line:
            self._telling = True
            raise StopIteration
        return line

    def readlines(self, hint=None):
        self._check()
        return _IOBase.readlines(self, hint)

    def _flush_for_read(self):
        b = self._buffer
        if getattr(b, "_wbuf", None):
            b.flush()

    # Writing.

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        if not self._buffer.writable():
            raise UnsupportedOperation("not writable")
        if self._text or self._pending:
            pos = self.tell()
            self._reset_read(pos)
            self._buffer.seek(pos)
        text = s
        if self._writenl is not None and "\n" in text:
            text = text.replace("\n", self._writenl)
        data = _encode(text, self._out_codec, self._errors)
        if self._out_codec in _BOM:
            self._out_codec = _BOM[self._out_codec]
        self._buffer.write(data)
        if self._line_buffering and ("\n" in s or "\r" in s):
            self._buffer.flush()
        return len(s)

    # Positioning.

    def tell(self):
        self._check()
        if not self._buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self._buffer.flush()
        if not self._text and not self._pending and not self._tbytes:
            return self._buffer.tell()
        done = self._text[:self._tpos]
        if self._tpos == len(self._text):
            return self._tstart + self._tbytes
        return self._tstart + len(_encode(done, self._plain(), self._errors))

    def _plain(self):
        return "utf-8" if self._codec == "utf-8-sig" else self._codec

    def seek(self, cookie, whence=0):
        self._check()
        if not isinstance(cookie, int):
            raise TypeError("an integer is required")
        if whence not in (0, 1, 2):
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        if not self._buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            self._telling = True
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._telling = True
            pos = self._buffer.seek(0, 2)
            self._reset_read(pos)
            self._started = True
            self._after_seek(pos)
            return pos
        if cookie < 0:
            raise ValueError("negative seek position " + str(cookie))
        self._telling = True
        self.flush()
        self._buffer.seek(cookie)
        self._reset_read(cookie)
        self._started = cookie != 0
        self._after_seek(cookie)
        return cookie

    def _after_seek(self, pos):
        if self._codec in _BOM:
            self._out_codec = self._codec if pos == 0 else _BOM[self._codec]

    def truncate(self, pos=None):
        self._check()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            name = self.name
        except Exception:
            name = None
        else:
            parts.append(" name=" + repr(name))
        try:
            mode = self.mode
        except Exception:
            pass
        else:
            parts.append(" mode=" + repr(mode))
        parts.append(" encoding=" + repr(self._encoding) + ">")
        return "".join(parts)


class StringIO(_TextIOBase):
    """Text I/O in memory."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not " + type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + repr(newline))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not "
                            + type(initial_value).__name__)
        self._newline = newline
        self._buf = ""
        self._tail = []
        self._pos = 0
        self._seen = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if self._tail:
            self._buf += "".join(self._tail)
            self._tail = []
        return self._buf

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        return _newlines_of(self._seen)

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        n = len(s)
        nl = self._newline
        if nl is None:
            if "\r" in s:
                TextIOWrapper._note_newlines(self, s)
                s = s.replace("\r\n", "\n").replace("\r", "\n")
            elif "\n" in s:
                self._seen |= 2
        elif nl == "":
            if "\r" in s or "\n" in s:
                TextIOWrapper._note_newlines(self, s)
        elif nl in ("\r", "\r\n") and "\n" in s:
            s = s.replace("\n", nl)
        if not s:
            return n
        size = len(self._buf) + sum(len(t) for t in self._tail) if self._tail else len(self._buf)
        if self._pos == size:
            self._tail.append(s)
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf += "\0" * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._check()
        buf = self._value()
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        if self._pos >= end:
            return ""
        out = buf[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("integer argument expected, got '" + type(size).__name__ + "'")
        buf = self._value()
        start = self._pos
        if start >= len(buf):
            return ""
        nl = self._newline
        if nl == "":
            i = buf.find("\n", start)
            j = buf.find("\r", start, i if i >= 0 else len(buf))
            if j >= 0:
                end = j + 2 if buf.startswith("\r\n", j) else j + 1
            elif i >= 0:
                end = i + 1
            else:
                end = len(buf)
        else:
            term = "\n" if nl is None else nl
            i = buf.find(term, start)
            end = len(buf) if i < 0 else i + len(term)
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return buf[start:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'" + type(pos).__name__ + "' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position " + str(pos))
        if whence != 0 and pos != 0:
            if whence == 1:
                raise OSError("Can't do nonzero cur-relative seeks")
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = len(self._value())
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("Negative size value " + str(size))
        buf = self._value()
        if size < len(buf):
            self._buf = buf[:size]
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_BufferedIOBase):
    """Binary I/O in memory."""

    def __init__(self, initial_bytes=b""):
        if isinstance(initial_bytes, (int, str)):
            raise TypeError("a bytes-like object is required, not '"
                            + type(initial_bytes).__name__ + "'")
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def read(self, size=-1):
        self._check()
        size = _index(size)
        n = len(self._buf)
        end = n if size < 0 else min(n, self._pos + size)
        if self._pos >= end:
            return b""
        out = bytes(self._buf[self._pos:end])
        self._pos = end
        return out

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b""
        i = buf.find(b"\n", start)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return bytes(buf[start:end])

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf += bytes(pos - len(self._buf))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'" + type(pos).__name__ + "' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value " + str(pos))
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("negative size value " + str(size))
        del self._buf[size:]
        return size

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def text_encoding(encoding, stacklevel=2):
    """The encoding to use: `encoding`, or "utf-8" when it is None."""
    return "utf-8" if encoding is None else encoding


def _type_check(value, name, allow_none=True):
    if value is None and allow_none:
        return
    if not isinstance(value, str):
        extra = " or None" if allow_none else ""
        raise TypeError("open() argument '" + name + "' must be str" + extra + ", not "
                        + type(value).__name__)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Open a file and return a stream."""
    if not isinstance(file, int):
        file = os.fspath(file)
    _type_check(mode, "mode", False)
    if not isinstance(buffering, int):
        raise TypeError("'" + type(buffering).__name__ + "' object cannot be interpreted as an integer")
    _type_check(encoding, "encoding")
    _type_check(errors, "errors")
    _type_check(newline, "newline")
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: " + repr(mode))
    text = "t" in modes
    binary = "b" in modes
    kinds = ("x" in modes) + ("r" in modes) + ("w" in modes) + ("a" in modes)
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if kinds > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if kinds == 0:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    _check_newline(newline, "open()")
    raw_mode = "".join(c for c in mode if c in "rwax+")
    raw = FileIO(file, raw_mode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = buffering == 1 or (buffering < 0 and raw.isatty())
        if buffering == 1 or buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            return raw
        if "+" in modes:
            buffered = BufferedRandom(raw, buffering)
        elif "r" in modes:
            buffered = BufferedReader(raw, buffering)
        else:
            buffered = BufferedWriter(raw, buffering)
        if "r" not in modes or "+" in modes:
            _remember(buffered)
        result = buffered
        if binary:
            return buffered
        wrapper = TextIOWrapper(buffered, encoding, errors, newline, line_buffering)
        wrapper.mode = mode
        return wrapper
    except BaseException:
        result.close()
        raise


def open_code(path):
    """Open a file for reading code (binary)."""
    return open(path, "rb")


# Weak references to the buffered writers opened by `open`, flushed when
# the interpreter exits.
_writers = []


def _remember(writer):
    if len(_writers) >= 64:
        _writers[:] = [r for r in _writers if r() is not None]
    _writers.append(weakref.ref(writer))


def _flush_all():
    for ref in _writers:
        w = ref()
        try:
            if w is not None and not w.closed:
                w.flush()
        except Exception:
            pass
