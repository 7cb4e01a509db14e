"""Arrays of numbers of one C type (Taipan's own implementation).

An array keeps its items as Python values in a list, checked and
converted on the way in as the C type would store them (range checks,
float32 rounding for 'f'); ``tobytes``/``frombytes`` use ``struct``
with the native sizes of a 64-bit Linux build.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuwhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'w': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
          'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_STRUCT = {'b': 'b', 'B': 'B', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I',
           'l': 'q', 'L': 'Q', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd',
           'u': 'I', 'w': 'I'}
# typecode: (minimum, maximum, "greater" message, "less" message)
_SMALL = {
    'b': (-128, 127, 'signed char is greater than maximum',
          'signed char is less than minimum'),
    'B': (0, 255, 'unsigned byte integer is greater than maximum',
          'unsigned byte integer is less than minimum'),
    'h': (-32768, 32767, 'signed short integer is greater than maximum',
          'signed short integer is less than minimum'),
    'H': (0, 65535, 'unsigned short is greater than maximum',
          'unsigned short is less than minimum'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer is greater than maximum',
          'signed integer is less than minimum'),
}
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return type(v).__index__(v)


def _convert(tc, v):
    """v as stored by an array of typecode tc, or the C conversion's
    error."""
    if tc in 'fd':
        if isinstance(v, (int, float)):
            f = float(v)
        elif hasattr(type(v), '__float__'):
            f = float(v)
        else:
            raise TypeError('must be real number, not %s' % type(v).__name__)
        if tc == 'f':
            f = _struct.unpack('f', _struct.pack('f', f))[0] \
                if f == f and abs(f) != float('inf') and \
                abs(f) < 3.4028235677973366e+38 else f
        return f
    if tc in 'uw':
        if not isinstance(v, str) or len(v) != 1:
            if isinstance(v, str):
                raise TypeError('array item must be a unicode character, '
                                'not a string of length %d' % len(v))
            raise TypeError('array item must be a unicode character, not %s'
                            % type(v).__name__)
        return v
    n = _index(v)
    if tc in _SMALL:
        if not _LONG_MIN <= n <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        lo, hi, more, less = _SMALL[tc]
        if n > hi:
            raise OverflowError(more)
        if n < lo:
            raise OverflowError(less)
        return n
    if tc == 'l':
        if not _LONG_MIN <= n <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        return n
    if tc in 'IL':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned "
                                'int')
        if n >= 2 ** 64:
            raise OverflowError('Python int too large to convert to C '
                                'unsigned long')
        if tc == 'I' and n >= 2 ** 32:
            raise OverflowError('unsigned int is greater than maximum')
        return n
    if tc == 'q':
        if not _LONG_MIN <= n <= _LONG_MAX:
            raise OverflowError('int too big to convert')
        return n
    if n < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if n >= 2 ** 64:
        raise OverflowError('int too big to convert')
    return n


class array:
    """array(typecode[, initializer]): an array of C numbers."""

    __slots__ = ('_tc', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode '
                            'character, not %s' % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, w, h, H, i, I, '
                             'l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode not in 'uw':
                raise TypeError('cannot use a str to initialize an array '
                                "with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            if typecode in 'uw':
                raise TypeError('cannot use a unicode array to initialize '
                                'an array with typecode %r' % typecode)
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc in 'uw' and typecode not in 'uw':
                raise TypeError('cannot use a unicode array to initialize '
                                "an array with typecode '%s'" % typecode)
            self._items = [_convert(typecode, v) for v in initializer._items]
        else:
            self.extend(initializer)
        return self

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _check(self, v):
        return _convert(self._tc, v)

    def append(self, v, /):
        """Append v."""
        self._items.append(self._check(v))

    def extend(self, iterable, /):
        """Append the items of iterable (an array of the same type)."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        self._items.extend([self._check(v) for v in iterable])

    def insert(self, i, v, /):
        """Insert v before position i."""
        self._items.insert(i, self._check(v))

    def pop(self, i=-1, /):
        """Remove and return the item at i (default last)."""
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        """Remove the first item equal to v."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None, /):
        """The position of the first item equal to v."""
        n = len(self._items)
        stop = n if stop is None else stop
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        """The items as a list."""
        return list(self._items)

    def fromlist(self, items, /):
        """Append the items of a list."""
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self._items.extend([self._check(v) for v in items])

    def tobytes(self):
        """The items as machine bytes."""
        fmt = '=%d%s' % (len(self._items), _STRUCT[self._tc])
        items = self._items if self._tc not in 'uw' else \
            [ord(c) for c in self._items]
        return _struct.pack(fmt, *items)

    def frombytes(self, buffer, /):
        """Append items from machine bytes."""
        data = bytes(buffer)
        size = _SIZES[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        items = _struct.unpack('=%d%s' % (len(data) // size,
                                          _STRUCT[self._tc]), data)
        if self._tc in 'uw':
            items = [chr(i) for i in items]
        self._items.extend(items)

    def tounicode(self):
        """The characters of a 'u' or 'w' array as a str."""
        if self._tc not in 'uw':
            raise ValueError("tounicode() may only be called on unicode "
                             "type arrays ('u' or 'w')")
        return ''.join(self._items)

    def fromunicode(self, s, /):
        """Append the characters of s to a 'u' or 'w' array."""
        if self._tc not in 'uw':
            raise ValueError("fromunicode() may only be called on unicode "
                             "type arrays ('u' or 'w')")
        self._items.extend(s)

    def byteswap(self):
        """Swap the bytes of every item."""
        if self._tc in 'uw':
            raise RuntimeError("don't know how to byteswap this array type")
        size = _SIZES[self._tc]
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1]
                           for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            out = array(self._tc)
            out._items = self._items[i]
            return out
        try:
            return self._items[_index(i)]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array '
                                'slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = v._items
            return
        try:
            self._items[_index(i)] = self._check(v)
        except IndexError:
            raise IndexError('array assignment index out of range') \
                from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') \
                from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        out = array(self._tc)
        out._items = self._items + other._items
        return out

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._items += other._items
        return self

    def __mul__(self, n):
        out = array(self._tc)
        out._items = self._items * _index(n)
        return out

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._items

    def __eq__(self, other):
        items = self._cmp_items(other)
        return items if items is NotImplemented else self._items == items

    def __ne__(self, other):
        items = self._cmp_items(other)
        return items if items is NotImplemented else self._items != items

    def __lt__(self, other):
        items = self._cmp_items(other)
        return items if items is NotImplemented else self._items < items

    def __le__(self, other):
        items = self._cmp_items(other)
        return items if items is NotImplemented else self._items <= items

    def __gt__(self, other):
        items = self._cmp_items(other)
        return items if items is NotImplemented else self._items > items

    def __ge__(self, other):
        items = self._cmp_items(other)
        return items if items is NotImplemented else self._items >= items

    __hash__ = None

    def __bytes__(self):
        return self.tobytes()

    def __copy__(self):
        out = array(self._tc)
        out._items = list(self._items)
        return out

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, self.tounicode() if self._tc in 'uw'
                        else list(self._items)))

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._tc
        if self._tc in 'uw':
            return 'array(%r, %r)' % (self._tc, ''.join(self._items))
        return 'array(%r, %r)' % (self._tc, self._items)


array.__module__ = 'array'
# Error messages name the type as CPython's C type does.
array.__taipan_tp_name__ = 'array.array'
ArrayType = array
