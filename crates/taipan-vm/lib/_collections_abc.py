"""Abstract base classes for containers (Taipan's own implementation),
published as `collections.abc`.

Built-in types are registered explicitly; user classes are recognised by
the `__subclasshook__`s, which look for the methods in the class's MRO.
The metaclass is `abc.ABCMeta` when the `abc` module is available, else a
minimal one defined here (register, isinstance/issubclass, abstract
methods)."""

import sys

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
           'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator', 'Generator',
           'Reversible', 'Sized', 'Container', 'Callable', 'Collection', 'Set',
           'MutableSet', 'Mapping', 'MutableMapping', 'MappingView',
           'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
           'Buffer']


def _abstract(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class _MinimalABCMeta(type):
    """Registration and subclass hooks, for when `abc` is missing."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {k for k, v in namespace.items()
                     if getattr(v, '__isabstractmethod__', False)}
        for base in bases:
            for k in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, k, None), '__isabstractmethod__', False):
                    abstracts.add(k)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        missing = cls.__abstractmethods__
        if missing:
            names = ', '.join(f"'{m}'" for m in sorted(missing))
            s = 's' if len(missing) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"without an implementation for abstract method{s} {names}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = cls.__dict__.get('__subclasshook__')
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        for reg in cls._abc_registry:
            if reg is subclass or issubclass(subclass, reg):
                return True
        for sub in type.__subclasses__(cls) if hasattr(type, '__subclasses__') else ():
            if issubclass(subclass, sub):
                return True
        del hook
        return _registered_below(cls, subclass)


def _registered_below(cls, subclass):
    for other in _ALL_ABCS:
        if other is not cls and cls in other.__mro__ and issubclass(subclass, other):
            return True
    return False


try:
    from abc import ABCMeta
except ImportError:
    ABCMeta = _MinimalABCMeta

_ALL_ABCS = []


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            d = getattr(B, '__dict__', None)
            if d is not None and method in d:
                if d[method] is None:
                    return NotImplemented
                break
            if d is None and hasattr(B, method):
                break
        else:
            return NotImplemented
    return True


class Hashable(metaclass=ABCMeta):
    """Objects with a __hash__ method."""
    __slots__ = ()

    @_abstract
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            if C in (list, dict, set, bytearray):
                return False
            if (hasattr(C, '__dict__') and C.__module__ != 'builtins'
                    and getattr(C, '__hash__', None) is None):
                return False
            return _check_methods(C, '__hash__')
        return NotImplemented


class Awaitable(metaclass=ABCMeta):
    """Objects with an __await__ method."""
    __slots__ = ()

    @_abstract
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, '__await__')
        return NotImplemented


class Coroutine(Awaitable):
    """Awaitables with send, throw and close."""
    __slots__ = ()

    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raise GeneratorExit inside coroutine."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('coroutine ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):
    """Objects with an __aiter__ method."""
    __slots__ = ()

    @_abstract
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, '__aiter__')
        return NotImplemented


class AsyncIterator(AsyncIterable):
    """Objects with __anext__ and __aiter__."""
    __slots__ = ()

    @_abstract
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, '__anext__', '__aiter__')
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    """Async iterators with asend, athrow and aclose."""
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @_abstract
    async def asend(self, value):
        raise StopAsyncIteration

    @_abstract
    async def athrow(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    async def aclose(self):
        """Raise GeneratorExit inside generator."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError('asynchronous generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=ABCMeta):
    """Objects with an __iter__ method."""
    __slots__ = ()

    @_abstract
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, '__iter__')
        return NotImplemented

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Iterator(Iterable):
    """Objects with __next__ and __iter__."""
    __slots__ = ()

    @_abstract
    def __next__(self):
        """The next item; StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    """Iterables with a __reversed__ method."""
    __slots__ = ()

    @_abstract
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, '__reversed__', '__iter__')
        return NotImplemented


class Generator(Iterator):
    """Iterators with send, throw and close."""
    __slots__ = ()

    def __next__(self):
        """Return the next item from the generator."""
        return self.send(None)

    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        """Raise GeneratorExit inside generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')
        return NotImplemented


class Sized(metaclass=ABCMeta):
    """Objects with a __len__ method."""
    __slots__ = ()

    @_abstract
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, '__len__')
        return NotImplemented


class Container(metaclass=ABCMeta):
    """Objects with a __contains__ method."""
    __slots__ = ()

    @_abstract
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, '__contains__')
        return NotImplemented

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Collection(Sized, Iterable, Container):
    """Sized iterable containers."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, '__len__', '__iter__', '__contains__')
        return NotImplemented


class Buffer(metaclass=ABCMeta):
    """Objects with a __buffer__ method."""
    __slots__ = ()

    @_abstract
    def __buffer__(self, flags, /):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Buffer:
            return _check_methods(C, '__buffer__')
        return NotImplemented


class Callable(metaclass=ABCMeta):
    """Objects with a __call__ method."""
    __slots__ = ()

    @_abstract
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, '__call__')
        return NotImplemented

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Set(Collection):
    """A set: the comparisons and operators come from __contains__,
    __iter__ and __len__."""
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """Whether the two have no element in common."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = (e for s in (self, other) for e in s)
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash of the elements that does not depend on their order."""
        h = 1927868237 * (len(self) + 1)
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= 0xFFFFFFFFFFFFFFFF
        h = h * 69069 + 907133923
        h &= 0xFFFFFFFFFFFFFFFF
        if h >= 1 << 63:
            h -= 1 << 64
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    """A mutable set: add and discard give the rest."""
    __slots__ = ()

    @_abstract
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @_abstract
    def discard(self, value):
        """Remove value if present."""
        raise NotImplementedError

    def remove(self, value):
        """Remove value; KeyError if absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError if empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every element, one pop at a time."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    """A read-only mapping: __getitem__, __iter__ and __len__ give the rest."""
    __slots__ = ()
    __abc_tpflags__ = 1 << 6

    @_abstract
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key], or default when the key is missing."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    """A view over a mapping."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(MappingView, Set):
    """The keys of a mapping."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    """The values of a mapping."""
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A mutable mapping: __setitem__ and __delitem__ give the rest."""
    __slots__ = ()

    @_abstract
    def __setitem__(self, key, value):
        raise KeyError

    @_abstract
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        """Remove key and return its value (or default if given and missing)."""
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        """Remove and return the first (key, value) pair."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Set the items of a mapping or of (key, value) pairs, then keywords."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], first storing default there if the key is missing."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    """A read-only sequence: __getitem__ and __len__ give the rest."""
    __slots__ = ()
    __abc_tpflags__ = 1 << 5

    @_abstract
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value in [start, stop); ValueError if absent."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items are (or equal) value."""
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    """A mutable sequence: __setitem__, __delitem__, insert give the rest."""
    __slots__ = ()

    @_abstract
    def __setitem__(self, index, value):
        raise IndexError

    @_abstract
    def __delitem__(self, index):
        raise IndexError

    @_abstract
    def insert(self, index, value):
        """Put value before position index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """Append the items of an iterable."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """Remove the first item equal to value."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


def _gen():
    yield


async def _coro():
    pass


_coro_obj = _coro()
_coro_obj.close()
_types = {
    'generator': type(_gen()),
    'coroutine': type(_coro_obj),
    'list_iterator': type(iter([])),
    'tuple_iterator': type(iter(())),
    'str_iterator': type(iter('')),
    'range_iterator': type(iter(range(0))),
    'set_iterator': type(iter(set())),
    'dict_keyiterator': type(iter({})),
    'dict_valueiterator': type(iter({}.values())),
    'dict_itemiterator': type(iter({}.items())),
    'bytes_iterator': type(iter(b'')),
    'dict_keys': type({}.keys()),
    'dict_values': type({}.values()),
    'dict_items': type({}.items()),
}
del _coro_obj

for _t in (int, float, complex, str, bytes, tuple, frozenset, range, type(None),
           bool, type, object):
    Hashable.register(_t)
for _t in (list, dict, set, bytearray):
    Sized.register(_t)
Iterable.register(_types['generator'])
for _name in ('list_iterator', 'tuple_iterator', 'str_iterator', 'range_iterator',
              'set_iterator', 'dict_keyiterator', 'dict_valueiterator',
              'dict_itemiterator', 'bytes_iterator'):
    Iterator.register(_types[_name])
Generator.register(_types['generator'])
Coroutine.register(_types['coroutine'])
for _t in (tuple, str, range, memoryview, bytes):
    Sequence.register(_t)
MutableSequence.register(list)
MutableSequence.register(bytearray)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(_types['dict_keys'])
ValuesView.register(_types['dict_values'])
ItemsView.register(_types['dict_items'])
for _t in (bytes, bytearray, memoryview):
    Buffer.register(_t)


class _M:
    def m(self):
        pass


_callable_types = {type(len), type(_gen), type, type([].append), type(_M().m)}
for _t in _callable_types:
    Callable.register(_t)

_ALL_ABCS.extend([Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                  AsyncGenerator, Iterable, Iterator, Reversible, Generator, Sized,
                  Container, Collection, Buffer, Callable, Set, MutableSet, Mapping,
                  MappingView, KeysView, ItemsView, ValuesView, MutableMapping,
                  Sequence, MutableSequence])
del _t, _name, _M
for _cls in _ALL_ABCS:
    _cls.__module__ = 'collections.abc'
del _cls
