"""Conversions between binary data and ASCII encodings (hex, base64, crc32)."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex',
           'b2a_hex', 'hexlify', 'unhexlify', 'crc32']


class Error(ValueError):
    """Raised on malformed encoded data."""


class Incomplete(Exception):
    """Raised on incomplete encoded data."""


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data, name='argument'):
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not %r"
                    % type(data).__name__)


def _plain_bytes(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(data).__name__)


def b2a_base64(data, /, *, newline=True):
    """The base64 encoding of `data`, with a trailing newline by default."""
    data = _plain_bytes(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63],
                      _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """The bytes of base64 `data`; characters outside the alphabet are skipped."""
    data = _bytes_arg(data)
    if strict_mode and data[:1] == b'=':
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad = 0
    acc = 0
    pads = 0
    count = 0
    padding_started = False
    for i, c in enumerate(data):
        if c == 61:
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error("Excess data after padding")
                    return bytes(out) + _partial(acc, quad)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        count += 1
        acc = (acc << 6) | v
        quad += 1
        if quad == 4:
            out += bytes(((acc >> 16) & 255, (acc >> 8) & 255, acc & 255))
            quad = 0
            acc = 0
    if quad:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data characters "
                        "(%d) cannot be 1 more than a multiple of 4" % count)
        raise Error("Incorrect padding")
    return bytes(out)


def _partial(acc, quad):
    """The bytes held by the first 2 or 3 characters of a padded quad."""
    if quad == 2:
        return bytes((acc >> 4,))
    return (acc >> 2).to_bytes(2, 'big')


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """The hexadecimal digits of `data` (bytes)."""
    return _plain_bytes(data).hex(*(() if sep is None else (sep, bytes_per_sep))).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """The bytes of an even-length string of hexadecimal digits."""
    data = _bytes_arg(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(data.decode('ascii').replace(' ', '\x00'))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


unhexlify = a2b_hex

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c


def crc32(data, crc=0, /):
    """The CRC-32 of `data`, continuing from `crc`."""
    data = _plain_bytes(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
