"""The core of `collections` (Taipan's own implementation): deque,
defaultdict and the helpers of Counter and namedtuple."""

_MISSING = object()
_in_repr = set()


def _repr_guard(obj, body, fallback):
    """`body()`, or `fallback` when obj's repr is already being computed."""
    key = id(obj)
    if key in _in_repr:
        return fallback
    _in_repr.add(key)
    try:
        return body()
    finally:
        _in_repr.discard(key)


def _count_elements(mapping, iterable):
    """Count the elements of iterable into mapping."""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _operator_index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


class _tuplegetter:
    # The descriptor of a namedtuple field (its __doc__ is per instance).
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'{type(self).__name__}({self._index}, {self.__doc__!r})'

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""
    __module__ = 'collections'

    def __init__(self, iterable=_MISSING, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not _MISSING:
            self.extend(iterable)

    def _live(self):
        head = self._head
        return self._items[head:] if head else self._items

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    @property
    def maxlen(self):
        """Maximum size of a deque or None if unbounded."""
        return self._maxlen

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and len(self._items) - self._head >= maxlen:
            if maxlen == 0:
                return
            self._popleft()
        self._items.append(x)

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and len(self._items) - self._head >= maxlen:
            if maxlen == 0:
                return
            self._items.pop()
        if self._head:
            self._head -= 1
            self._items[self._head] = x
        else:
            grow = len(self._items) + 8
            self._items[:0] = [None] * grow
            self._head = grow - 1
            self._items[self._head] = x

    def pop(self, /):
        """Remove and return the rightmost element."""
        if len(self._items) <= self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def _popleft(self):
        items = self._items
        head = self._head
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head > 32 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def popleft(self, /):
        """Remove and return the leftmost element."""
        items = self._items
        head = self._head
        if len(items) <= head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head > 32 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(self._live())
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(self._live())
        for x in iterable:
            self.appendleft(x)

    def clear(self, /):
        """Remove all elements from the deque."""
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self, /):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self._live(), self._maxlen)
        return type(self)(self, self._maxlen) if self._maxlen is not None else type(self)(self)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for x in self._live():
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=None, /):
        """Return first index of value."""
        live = self._live()
        size = len(live)
        start = _slice_index(start, size)
        stop = size if stop is None else _slice_index(stop, size)
        state = self._state
        for i in range(start, min(stop, size)):
            x = live[i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('deque.index(x): x not in deque')

    def insert(self, index, value, /):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._compact()
        self._items.insert(index, value)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        for i, x in enumerate(self._live()):
            if x is value or x == value:
                self._state += 1
                del self._items[self._head + i]
                return
        raise ValueError('deque.remove(x): x not in deque')

    def reverse(self, /):
        """Reverse *IN PLACE*."""
        self._state += 1
        self._compact()
        self._items.reverse()

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right.  If n is negative, rotate left."""
        n = _operator_index(n)
        size = len(self)
        self._state += 1
        if size <= 1:
            return
        n %= size
        if n:
            self._compact()
            items = self._items
            items[:] = items[-n:] + items[:-n]

    def _check_index(self, index):
        if not isinstance(index, int):
            if hasattr(type(index), '__index__'):
                index = _operator_index(index)
            else:
                raise TypeError(
                    f'sequence index must be integer, not {type(index).__name__!r}')
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError('deque index out of range')
        return self._head + index

    def __getitem__(self, index):
        return self._items[self._check_index(index)]

    def __setitem__(self, index, value):
        self._items[self._check_index(index)] = value

    def __delitem__(self, index):
        i = self._check_index(index)
        self._state += 1
        del self._items[i]

    def __contains__(self, value):
        state = self._state
        for x in self._live():
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __repr__(self):
        def body():
            items = repr(list(self._live()))
            if self._maxlen is None:
                return f'{type(self).__name__}({items})'
            return f'{type(self).__name__}({items}, maxlen={self._maxlen})'
        return _repr_guard(self, body, '[...]')

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    __hash__ = None

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self._live()), list(other._live()))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        items = list(self._live()) * n
        return deque(items, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        items = list(self._live()) * n
        self.clear()
        self.extend(items)
        return self

    def __class_getitem__(cls, item):
        return cls


def _slice_index(value, size):
    if not isinstance(value, int):
        if not hasattr(type(value), '__index__'):
            raise TypeError('slice indices must be integers or have an __index__ method')
        value = _operator_index(value)
    if value < 0:
        value += size
        if value < 0:
            value = 0
    return value


class _deque_iterator:
    """Iterator over a deque, failing if the deque is mutated."""
    __module__ = 'collections'
    __slots__ = ('_deque', '_state', '_pos', '_left', '_reverse')

    def __init__(self, d, reverse):
        self._deque = d
        self._state = d._state
        self._left = len(d)
        self._reverse = reverse
        self._pos = len(d) - 1 if reverse else 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._left = 0
            raise RuntimeError('deque mutated during iteration')
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        x = d._items[d._head + self._pos]
        self._pos += -1 if self._reverse else 1
        return x

    def __length_hint__(self):
        return self._left


class defaultdict(dict):
    """A dict that calls default_factory to supply missing values."""
    __module__ = 'collections'

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        shown = _repr_guard(factory, lambda: repr(factory), '...')
        body = _repr_guard(self, lambda: repr(dict(self.items())), '{...}')
        return f'{type(self).__name__}({shown}, {body})'

    def copy(self):
        """A shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self
