"""Functions creating iterators for efficient looping (Taipan's own
implementation). The iterators are native types (`_itertools`,
crates/taipan-vm/src/itertools.rs); groupby and tee are small Python
classes here."""

__all__ = ['accumulate', 'batched', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

from _itertools import (accumulate, batched, chain, combinations,
                        combinations_with_replacement, compress, count, cycle,
                        dropwhile, filterfalse, islice, pairwise, permutations,
                        product, repeat, starmap, takewhile, zip_longest)


class _GenIter:
    """Base of the Python iterators here."""
    __slots__ = ('__weakref__',)
    __module__ = 'itertools'

    def __iter__(self):
        return self


def _index(value, message):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(message)
    return method(value)


class groupby(_GenIter):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_id')

    def __new__(cls, iterable, key=None):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = key
        # _currkey/_currvalue: the item read ahead (_currvalue is _EMPTY
        # once a group consumed it; its key stays for the skip below).
        self._tgtkey = self._currkey = self._currvalue = _EMPTY
        self._id = object()
        return self

    def __next__(self):
        self._id = object()
        if self._currvalue is _EMPTY or self._currkey is self._tgtkey \
                or self._currkey == self._tgtkey:
            while True:
                if self._currvalue is not _EMPTY and not (
                        self._currkey is self._tgtkey or self._currkey == self._tgtkey):
                    break
                self._advance()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))

    def _advance(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key


_EMPTY = object()


class _grouper:
    """One group of a groupby."""
    __slots__ = ('_parent', '_tgtkey', '_id')
    __module__ = 'itertools'

    def __init__(self, parent, tgtkey, id):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = id

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._id is not self._id:
            raise StopIteration
        if parent._currvalue is _EMPTY:
            parent._advance()
        if not parent._currkey == self._tgtkey:
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _EMPTY
        return value


class _tee:
    """One of the iterators returned by tee()."""
    __slots__ = ('_source', '_buffer', '_pos', '__weakref__')
    __module__ = 'itertools'

    def __iter__(self):
        return self

    def __next__(self):
        buffer = self._buffer
        if self._pos == len(buffer.items):
            buffer.items.append(next(self._source))
        value = buffer.items[self._pos]
        self._pos += 1
        return value

    def __copy__(self):
        t = object.__new__(_tee)
        t._source = self._source
        t._buffer = self._buffer
        t._pos = self._pos
        return t


class _TeeBuffer:
    """The items read from a tee's source, shared by its iterators."""
    __slots__ = ('items',)

    def __init__(self):
        self.items = []


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n, f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    source = iter(iterable)
    if type(source) is _tee:
        first = source.__copy__()
    else:
        first = object.__new__(_tee)
        first._source = source
        first._buffer = _TeeBuffer()
        first._pos = 0
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)
