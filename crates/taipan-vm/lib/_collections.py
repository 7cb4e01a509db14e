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


from _deque import deque  # native (crates/taipan-vm/src/deque.rs)


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
