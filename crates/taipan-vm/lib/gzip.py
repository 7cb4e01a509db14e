"""Reading and writing gzip files (Taipan's own implementation over zlib).

A GzipFile reads the whole compressed file when first read (all members
in turn) and writes one member when closed.
"""

import builtins
import io
import os
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ, WRITE = 'rb', 'wb'
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _header(mtime, level, name=b''):
    flags = FNAME if name else 0
    if mtime is None:
        mtime = time.time()
    xfl = b'\002' if level == _COMPRESS_LEVEL_BEST else \
        b'\004' if level == _COMPRESS_LEVEL_FAST else b'\000'
    out = b'\037\213\010' + bytes([flags]) + \
        (int(mtime) & 0xffffffff).to_bytes(4, 'little') + xfl + b'\377'
    if name:
        out += name + b'\000'
    return out


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=0):
    """data compressed into one gzip member."""
    data = bytes(data)
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    return (_header(mtime, compresslevel) + body +
            zlib.crc32(data).to_bytes(4, 'little') +
            (len(data) & 0xffffffff).to_bytes(4, 'little'))


def _read_member(data, pos):
    """(decompressed member, position after it) of the member at pos."""
    if data[pos:pos + 2] != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % data[pos:pos + 2])
    if len(data) < pos + 10:
        raise EOFError('Compressed file ended before the end-of-stream '
                       'marker was reached')
    if data[pos + 2] != 8:
        raise BadGzipFile('Unknown compression method')
    d = zlib.decompressobj(47)
    out = d.decompress(data[pos:])
    if not d.eof:
        raise EOFError('Compressed file ended before the end-of-stream '
                       'marker was reached')
    return out, len(data) - len(d.unused_data)


def decompress(data):
    """The data of all gzip members in data."""
    data = bytes(data)
    out = []
    pos = 0
    while pos < len(data):
        member, pos = _read_member(data, pos)
        out.append(member)
        while pos < len(data) and data[pos] == 0:
            pos += 1
    return b''.join(out)


class GzipFile(io.BufferedIOBase):
    """A file object reading or writing gzip data."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None,
                 mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: %r' % (mode,))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._data = None
            self._pos = 0
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._buffer = bytearray()
            self._level = compresslevel
            self._mtime = mtime
        else:
            raise ValueError('Invalid mode: %r' % (mode,))
        self.fileobj = fileobj
        self.name = filename

    @property
    def mtime(self):
        return self._mtime if self.mode == WRITE else None

    def __repr__(self):
        return '<gzip ' + repr(self.fileobj)[1:-1] + ' ' + hex(id(self)) + \
            '>'

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file.')

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, 'write() on read-only GzipFile object')
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._buffer += data
        return length

    def _load(self):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, 'read() on write-only GzipFile object')
        if self._data is None:
            self._data = decompress(self.fileobj.read())

    def read(self, size=-1):
        self._load()
        if size is None or size < 0:
            out = self._data[self._pos:]
        else:
            out = self._data[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    read1 = read

    def peek(self, n):
        self._load()
        return self._data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._load()
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        return self._pos if self.mode == READ else len(self._buffer)

    def seek(self, offset, whence=io.SEEK_SET):
        self._load()
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            offset += len(self._data)
        self._pos = max(0, offset)
        return self._pos

    @property
    def closed(self):
        return self.fileobj is None

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                name = os.path.basename(self.name)
                if isinstance(name, str):
                    name = name.encode('latin-1', 'replace')
                if name.endswith(b'.gz'):
                    name = name[:-3]
                data = bytes(self._buffer)
                fileobj.write(
                    _header(self._mtime, self._level, name) +
                    zlib.compress(data, self._level, -zlib.MAX_WBITS) +
                    zlib.crc32(data).to_bytes(4, 'little') +
                    (len(data) & 0xffffffff).to_bytes(4, 'little'))
        finally:
            self.fileobj = None
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file in binary or text mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary "
                             "mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary "
                             "mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary "
                             "mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return _TextGzip(binary_file, encoding or 'utf-8', errors or 'strict',
                         newline)
    return binary_file


class _TextGzip:
    """Text access to a GzipFile (decoded whole on first read)."""

    def __init__(self, binary, encoding, errors, newline):
        self.buffer = binary
        self.encoding = encoding
        self.errors = errors
        self._text = None
        self._pos = 0

    def _load(self):
        if self._text is None:
            data = self.buffer.read().decode(self.encoding, self.errors)
            self._text = data.replace('\r\n', '\n').replace('\r', '\n')

    def read(self, size=-1):
        self._load()
        end = len(self._text) if size is None or size < 0 else \
            self._pos + size
        out = self._text[self._pos:end]
        self._pos += len(out)
        return out

    def readline(self):
        self._load()
        end = self._text.find('\n', self._pos)
        end = len(self._text) if end < 0 else end + 1
        out = self._text[self._pos:end]
        self._pos = end
        return out

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self.buffer.write(s.encode(self.encoding, self.errors))
        return len(s)

    def close(self):
        self.buffer.close()

    @property
    def closed(self):
        return self.buffer.closed

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
