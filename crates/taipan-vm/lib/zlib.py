"""DEFLATE compression compatible with zlib (Taipan's own implementation).

The native ``_taipan_zlib`` deflates and inflates (``miniz_oxide``) and
computes the checksums; this module adds the zlib and gzip framings that
``wbits`` selects, the streaming objects and zlib's error messages. The
compressed bytes are valid DEFLATE but not always the bytes zlib itself
would write.
"""

import _taipan_zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.3.1'
ZLIB_RUNTIME_VERSION = '1.3.1'


class error(Exception):
    __module__ = 'zlib'


def crc32(data, value=0, /):
    """The CRC-32 checksum of data, continuing from value."""
    return _taipan_zlib.crc32(_buffer(data), value & 0xffffffff)


def adler32(data, value=1, /):
    """The Adler-32 checksum of data, continuing from value."""
    return _taipan_zlib.adler32(_buffer(data), value & 0xffffffff)


def _buffer(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(data).__name__)


def _format(wbits, compressing, one_shot=False):
    """'zlib', 'raw', 'gzip' or 'auto' for a wbits value."""
    if 9 <= wbits <= 15 or (wbits == 0 and not compressing):
        return 'zlib'
    if -15 <= wbits <= -9:
        return 'raw'
    if 25 <= wbits <= 31:
        return 'gzip'
    if 40 <= wbits <= 47 and not compressing:
        return 'auto'
    if one_shot and compressing:
        raise error('Bad compression level')
    if one_shot:
        raise error('Error -2 while preparing to decompress data: '
                    'inconsistent stream state')
    raise ValueError('Invalid initialization option')


def _check_level(level):
    if not -1 <= level <= 9:
        raise error('Bad compression level')


def _zlib_header(level, wbits):
    """The two header bytes zlib writes for a level and window size."""
    cmf = 0x08 | ((max(wbits, 9) - 8) << 4)
    flevel = 2 if level == -1 else 0 if level < 2 else 1 if level < 6 \
        else 2 if level == 6 else 3
    flg = flevel << 6
    flg |= 31 - (cmf * 256 + flg) % 31
    return bytes([cmf, flg])


def _header(fmt, level, wbits):
    """What a stream of format fmt starts with."""
    if fmt == 'zlib':
        return _zlib_header(level, wbits)
    if fmt == 'gzip':
        xfl = 2 if level == 9 else 4 if level == 1 else 0
        return b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes([xfl, 3])
    return b''


def _trailer(fmt, data):
    """What a stream of format fmt ends with, after the DEFLATE body."""
    if fmt == 'zlib':
        return adler32(data).to_bytes(4, 'big')
    if fmt == 'gzip':
        return crc32(data).to_bytes(4, 'little') + \
            (len(data) & 0xffffffff).to_bytes(4, 'little')
    return b''


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """data compressed (zlib format unless wbits says otherwise)."""
    data = _buffer(data)
    _check_level(level)
    fmt = _format(wbits, True, True)
    body = _taipan_zlib.deflate(data, level, 0)
    return _header(fmt, level, wbits) + body + _trailer(fmt, data)


def _gzip_header_size(data):
    """The size of the gzip header at the start of data, None if data is
    too short, or raise for a bad header."""
    if len(data) < 10:
        return None
    if data[:2] != b'\x1f\x8b':
        raise error('Error -3 while decompressing data: incorrect header '
                    'check')
    if data[2] != 8:
        raise error('Error -3 while decompressing data: unknown '
                    'compression method')
    flags = data[3]
    pos = 10
    if flags & 4:
        if len(data) < pos + 2:
            return None
        pos += 2 + int.from_bytes(data[pos:pos + 2], 'little')
    for bit in (8, 16):
        if flags & bit:
            end = data.find(b'\0', pos)
            if end < 0:
                return None
            pos = end + 1
    if flags & 2:
        pos += 2
    return pos if pos <= len(data) else None


def _check_zlib_header(data):
    if len(data) < 2:
        return False
    cmf, flg = data[0], data[1]
    if (cmf * 256 + flg) % 31:
        raise error('Error -3 while decompressing data: incorrect header '
                    'check')
    if cmf & 0x0f != 8:
        raise error('Error -3 while decompressing data: unknown '
                    'compression method')
    if flg & 0x20:
        raise error('Error -3 while decompressing data: need dictionary')
    return True


def _inflate(data, fmt):
    """(output, bytes consumed, finished) of the stream at the start of
    data in format fmt."""
    if fmt == 'auto':
        fmt = 'gzip' if data[:2] == b'\x1f\x8b' else 'zlib'
    if fmt == 'zlib':
        if not _check_zlib_header(data):
            return b'', 0, False
        out, used, status = _taipan_zlib.inflate(data, 1)
    elif fmt == 'raw':
        out, used, status = _taipan_zlib.inflate(data, 0)
    else:
        start = _gzip_header_size(data)
        if start is None:
            return b'', 0, False
        out, used, status = _taipan_zlib.inflate(data[start:], 0)
        used += start
        if status == 'end':
            trailer = data[used:used + 8]
            if len(trailer) < 8:
                return out, used, False
            if int.from_bytes(trailer[:4], 'little') != crc32(out):
                raise error('Error -3 while decompressing data: incorrect '
                            'data check')
            if int.from_bytes(trailer[4:], 'little') != \
                    len(out) & 0xffffffff:
                raise error('Error -3 while decompressing data: incorrect '
                            'length check')
            used += 8
    if status == 'error':
        if fmt == 'zlib' and _taipan_zlib.inflate(data[2:], 0)[2] == 'end':
            raise error('Error -3 while decompressing data: incorrect data '
                        'check')
        raise error('Error -3 while decompressing data: invalid block type')
    return out, used, status == 'end'


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """The data of a compressed stream."""
    data = _buffer(data)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    out, used, done = _inflate(data, _format(wbits, False, True))
    if not done:
        raise error('Error -5 while decompressing data: incomplete or '
                    'truncated stream')
    return out


class _Compress:
    """A compression stream (compressobj()): the header comes out of the
    first call, the compressed data when flushed with Z_FINISH."""

    def __init__(self, level, wbits):
        self._level = level
        self._wbits = wbits
        self._fmt = _format(wbits, True)
        self._pending = bytearray()
        self._started = False
        self._finished = False

    def _start(self):
        if self._started:
            return b''
        self._started = True
        return _header(self._fmt, self._level, self._wbits)

    def compress(self, data, /):
        if self._finished:
            raise error('Error -2 while compressing data: inconsistent '
                        'stream state')
        self._pending += _buffer(data)
        return self._start()

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH or mode != Z_FINISH or self._finished:
            return b''
        self._finished = True
        data = bytes(self._pending)
        return self._start() + _taipan_zlib.deflate(data, self._level, 0) + \
            _trailer(self._fmt, data)

    def copy(self):
        other = _Compress(self._level, self._wbits)
        other._pending = bytearray(self._pending)
        other._started = self._started
        other._finished = self._finished
        return other


class _Decompress:
    """A decompression stream (decompressobj())."""

    def __init__(self, wbits):
        self._format = _format(wbits, False)
        self._input = b''
        self._given = 0
        self._extra = b''
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, /, max_length=0):
        data = _buffer(data)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        if self.eof:
            self.unused_data += data
            return b''
        self._input += data
        out, used, done = _inflate(self._input, self._format)
        new = self._extra + out[self._given:]
        self._given = len(out)
        if done:
            self.eof = True
            self.unused_data = self._input[used:]
        if max_length and len(new) > max_length:
            self._extra = new[max_length:]
            return new[:max_length]
        self._extra = b''
        return new

    def flush(self, length=DEF_BUF_SIZE, /):
        out, self._extra = self._extra, b''
        return out

    def copy(self):
        other = _Decompress.__new__(_Decompress)
        other.__dict__.update(self.__dict__)
        return other


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED,
                wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A compression object for data given in pieces."""
    _check_level(level)
    _format(wbits, True)
    if zdict is not None:
        raise error('Taipan does not support preset dictionaries')
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """A decompression object for data given in pieces."""
    _format(wbits, False)
    return _Decompress(wbits)


_Compress.__name__ = _Compress.__qualname__ = 'Compress'
_Decompress.__name__ = _Decompress.__qualname__ = 'Decompress'
