"""Convert between Python values and C structs packed in bytes.

pack, unpack, calcsize, pack_into, unpack_from, iter_unpack and the Struct
class, with CPython's standard sizes ('<', '>', '!', '=') and native
64-bit sizes and alignment ('@', the default).
"""

import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    """Raised on bad formats, values or buffer sizes."""


error.__module__ = 'struct'

# code: (standard size, native size)
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (4, 8),
    'L': (4, 8), 'q': (8, 8), 'Q': (8, 8), 'n': (None, 8), 'N': (None, 8),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
    'P': (None, 8),
}
_SIGNED = frozenset('bhilqn')
_UNSIGNED = frozenset('BHILQNP')
# float code: (mantissa bits with the implicit one, exponent bias)
_FLOATS = {'e': (11, 15), 'f': (24, 127), 'd': (53, 1023)}


def _parse(fmt):
    """(little endian, native, [(code, count, offset)], size) of a format."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    native = True
    little = True
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        native = fmt[0] == '@'
        little = fmt[0] in '@=<'
        i = 1
    items = []
    size = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        sizes = _SIZES.get(c)
        if sizes is None or (not native and sizes[0] is None):
            raise error("bad char in struct format")
        width = sizes[1] if native else sizes[0]
        if count is None:
            count = 1
        if native and c not in 'spx' and count and width > 1:
            size = (size + width - 1) // width * width
        if c in 'sp':
            items.append((c, count, size))
            size += count
        elif c == 'x':
            size += count
        else:
            for _ in range(count):
                items.append((c, 1, size))
                size += width
    return little, native, items, size


def _as_int(value, code):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise error("required argument is not an integer")
    return index(value)


def _pack_int(value, code, width, little):
    v = _as_int(value, code)
    if code in _SIGNED:
        low, high = -(1 << (8 * width - 1)), (1 << (8 * width - 1)) - 1
    else:
        low, high = 0, (1 << (8 * width)) - 1
    if not low <= v <= high:
        raise error("'%s' format requires %d <= number <= %d" % (code, low, high))
    return v.to_bytes(width, 'little' if little else 'big', signed=code in _SIGNED)


def _float_bits(x, code):
    """The IEEE 754 bits of `x` in the format of `code` (e, f or d)."""
    p, bias = _FLOATS[code]
    total = {'e': 16, 'f': 32, 'd': 64}[code]
    ebits = total - p
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    top = sign << (total - 1)
    if x != x:
        return top | (((1 << ebits) - 1) << (p - 1)) | (1 << (p - 2))
    x = abs(x)
    if x == _math.inf:
        return top | (((1 << ebits) - 1) << (p - 1))
    if x == 0.0:
        return top
    m, e = _math.frexp(x)
    exp = e - 1
    emin = 1 - bias
    if exp < emin:
        mant = round(_math.ldexp(x, p - 1 - emin))
        return top | mant
    mant = round(_math.ldexp(m, p))
    if mant == 1 << p:
        mant >>= 1
        exp += 1
    if exp > bias:
        raise OverflowError("float too large to pack with %s format" % code)
    return top | ((exp + bias) << (p - 1)) | (mant - (1 << (p - 1)))


def _bits_float(bits, code):
    p, bias = _FLOATS[code]
    total = {'e': 16, 'f': 32, 'd': 64}[code]
    ebits = total - p
    sign = -1.0 if bits >> (total - 1) else 1.0
    exp = (bits >> (p - 1)) & ((1 << ebits) - 1)
    frac = bits & ((1 << (p - 1)) - 1)
    if exp == (1 << ebits) - 1:
        return sign * _math.inf if frac == 0 else _math.copysign(_math.nan, sign)
    if exp == 0:
        return sign * _math.ldexp(frac, 1 - bias - (p - 1))
    return sign * _math.ldexp(frac | (1 << (p - 1)), exp - bias - (p - 1))


def _pack_item(code, count, value, little, native):
    width = _SIZES[code][1 if native else 0]
    if code in _SIGNED or code in _UNSIGNED:
        return _pack_int(value, code, width, little)
    if code in _FLOATS:
        if not isinstance(value, (int, float)):
            f = getattr(type(value), '__float__', None)
            if f is None:
                index = getattr(type(value), '__index__', None)
                if index is None:
                    raise error("required argument is not a float")
                value = index(value)
            else:
                value = f(value)
        bits = _float_bits(float(value), code)
        return bits.to_bytes(width, 'little' if little else 'big')
    if code == '?':
        return b'\x01' if value else b'\x00'
    if code == 'c':
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(value)
    if code == 's':
        if not isinstance(value, (bytes, bytearray)):
            raise error("argument for 's' must be a bytes object")
        return bytes(value[:count]).ljust(count, b'\x00')
    if code == 'p':
        if not isinstance(value, (bytes, bytearray)):
            raise error("argument for 'p' must be a bytes object")
        if count == 0:
            return b''
        data = bytes(value[:count - 1])
        return (bytes([min(len(data), 255)]) + data).ljust(count, b'\x00')
    raise error("bad char in struct format")


def _unpack_item(code, count, data, little, native):
    if code in _SIGNED or code in _UNSIGNED:
        return int.from_bytes(data, 'little' if little else 'big',
                              signed=code in _SIGNED)
    if code in _FLOATS:
        return _bits_float(int.from_bytes(data, 'little' if little else 'big'), code)
    if code == '?':
        return data != b'\x00'
    if code in 'cs':
        return bytes(data)
    if code == 'p':
        if not count:
            return b''
        n = min(data[0], count - 1)
        return bytes(data[1:1 + n])
    raise error("bad char in struct format")


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        if not isinstance(format, (str, bytes)):
            raise TypeError("Struct() argument 1 must be a str or bytes object, "
                            "not %s" % type(format).__name__)
        self.format = format if isinstance(format, str) else format.decode('latin-1')
        self._little, self._native, self._items, self.size = _parse(format)

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)

    def pack(self, *values):
        """The bytes of `values` packed by this format."""
        if len(values) != len(self._items):
            raise error("pack expected %d items for packing (got %d)"
                        % (len(self._items), len(values)))
        out = bytearray(self.size)
        for (code, count, offset), value in zip(self._items, values):
            chunk = _pack_item(code, count, value, self._little, self._native)
            out[offset:offset + len(chunk)] = chunk
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        """Pack `values` into the writable `buffer` at `offset`."""
        data = self.pack(*values)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer"
                            % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for "
                        "packing %d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        buffer[offset:offset + self.size] = data

    def _unpack(self, data):
        little = self._little
        native = self._native
        out = []
        for code, count, offset in self._items:
            width = count if code in 'sp' else _SIZES[code][1 if native else 0]
            out.append(_unpack_item(code, count, data[offset:offset + width],
                                    little, native))
        return tuple(out)

    def unpack(self, buffer):
        """The values packed in `buffer` (exactly `size` bytes)."""
        data = bytes(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(data)

    def unpack_from(self, buffer, offset=0):
        """The values packed in `buffer` at `offset`."""
        data = bytes(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error("offset %d out of range for %d-byte buffer"
                            % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for "
                        "unpacking %d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack(data[offset:offset + self.size])

    def iter_unpack(self, buffer):
        """An iterator over the consecutive structs in `buffer`."""
        data = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple "
                        "of %d bytes" % self.size)
        return (self._unpack(data[i:i + self.size])
                for i in range(0, len(data), self.size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) > 256:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format, /):
    """The size in bytes of the struct described by `format`."""
    return _struct(format).size


def pack(format, /, *values):
    """The bytes of `values` packed according to `format`."""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    """Pack `values` into `buffer` at `offset`."""
    _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    """The tuple of values packed in `buffer`."""
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """The tuple of values packed in `buffer` at `offset`."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """An iterator over the structs packed in `buffer`."""
    return _struct(format).iter_unpack(buffer)
