"""Functions creating iterators for efficient looping (Taipan's own
implementation). Each iterator is a small class (for CPython's type names
and reprs) driving a generator; arguments are checked when the iterator is
made, as CPython does."""

__all__ = ['accumulate', 'batched', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

_MAXSIZE = 9223372036854775807


class _GenIter:
    """Base of the iterators: `__next__` advances the generator `_gen`."""
    __slots__ = ('_gen', '__weakref__')
    __module__ = 'itertools'

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _make(cls, gen):
    self = object.__new__(cls)
    self._gen = gen
    return self


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


def _index(value, message):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(message)
    return method(value)


class count(_GenIter):
    """Return a count object whose .__next__() returns consecutive values."""
    __slots__ = ('_next', '_step')

    def __new__(cls, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
        self = object.__new__(cls)
        self._next = start
        self._step = step
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        if type(self._step) is int and self._step == 1:
            return f'{name}({self._next!r})'
        return f'{name}({self._next!r}, {self._step!r})'


class cycle(_GenIter):
    """Return elements from the iterable until it is exhausted, then repeat."""
    __slots__ = ()

    def __new__(cls, iterable, /):
        return _make(cls, _cycle(iter(iterable)))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


class repeat(_GenIter):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    __slots__ = ('_object', '_times')

    def __new__(cls, object, times=None):
        self = object_new(cls)
        self._object = object
        if times is not None:
            times = _index(times, f"'{type(times).__name__}' object cannot be "
                                  'interpreted as an integer')
            if times < 0:
                times = 0
        self._times = times
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'


object_new = object.__new__


class accumulate(_GenIter):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __new__(cls, iterable, func=None, *, initial=None):
        return _make(cls, _accumulate(iter(iterable), func, initial))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class batched(_GenIter):
    """Batch data into tuples of length n. The last batch may be shorter."""
    __slots__ = ()

    def __new__(cls, iterable, n, *, strict=False):
        n = _index(n, f"'{type(n).__name__}' object cannot be interpreted as an integer")
        if n < 1:
            raise ValueError('n must be at least one')
        return _make(cls, _batched(iter(iterable), n, strict))


def _batched(it, n, strict):
    while True:
        batch = []
        for element in it:
            batch.append(element)
            if len(batch) == n:
                break
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield tuple(batch)
        if len(batch) < n:
            return


class chain(_GenIter):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        return _make(cls, _chain(iter(iterables)))

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument."""
        return _make(cls, _chain(iter(iterable)))

    def __class_getitem__(cls, item):
        return cls


def _chain(iterables):
    for it in iterables:
        yield from it


class compress(_GenIter):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ()

    def __new__(cls, data, selectors):
        return _make(cls, _compress(iter(data), iter(selectors)))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


class dropwhile(_GenIter):
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ()

    def __new__(cls, predicate, iterable, /):
        return _make(cls, _dropwhile(predicate, iter(iterable)))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


class takewhile(_GenIter):
    """Return successive entries from an iterable as long as the predicate evaluates to true."""
    __slots__ = ()

    def __new__(cls, predicate, iterable, /):
        return _make(cls, _takewhile(predicate, iter(iterable)))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


class filterfalse(_GenIter):
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ()

    def __new__(cls, function, iterable, /):
        return _make(cls, _filterfalse(function, iter(iterable)))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


class starmap(_GenIter):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ()

    def __new__(cls, function, iterable, /):
        return _make(cls, _starmap(function, iter(iterable)))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class pairwise(_GenIter):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ()

    def __new__(cls, iterable, /):
        return _make(cls, _pairwise(iter(iterable)))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


class islice(_GenIter):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ()

    def __new__(cls, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError('islice expected at least 2 arguments, got 1')
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (tuple(args) + (None,))[:3]
        start_msg = ('Indices for islice() must be None or an integer: '
                     '0 <= x <= sys.maxsize.')
        stop_msg = ('Stop argument for islice() must be None or an integer: '
                    '0 <= x <= sys.maxsize.') if len(args) == 1 else start_msg
        stop = _slice_arg(stop, stop_msg)
        start = _slice_arg(start, start_msg) if start is not None else 0
        if step is None:
            step = 1
        else:
            try:
                step = _index(step, '')
            except TypeError:
                step = -1
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        return _make(cls, _islice(iter(iterable), start, stop, step))


def _slice_arg(value, message):
    if value is None:
        return None
    try:
        value = _index(value, message)
    except TypeError:
        raise ValueError(message) from None
    if not 0 <= value <= _MAXSIZE:
        raise ValueError(message)
    return value


def _islice(it, start, stop, step):
    # Reads exactly the items CPython's islice reads.
    cnt = 0
    nxt = start
    while True:
        try:
            while cnt < nxt:
                next(it)
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


class zip_longest(_GenIter):
    """Return a zip_longest object whose .__next__() method returns a tuple,
    the missing values filled in with fillvalue."""
    __slots__ = ()

    def __new__(cls, *iterables, fillvalue=None):
        return _make(cls, _zip_longest([iter(it) for it in iterables], fillvalue))


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


class product(_GenIter):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ()

    def __new__(cls, *iterables, repeat=1):
        repeat = _index(repeat, f"'{type(repeat).__name__}' object cannot be "
                                'interpreted as an integer')
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        return _make(cls, _product(pools))


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


_EMPTY_R = object()


def _check_r(r, n):
    if r is None:
        return n
    r = _index(r, 'Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_GenIter):
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ()

    def __new__(cls, iterable, r=None):
        pool = tuple(iterable)
        return _make(cls, _permutations(pool, _check_r(r, len(pool))))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


class combinations(_GenIter):
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ()

    def __new__(cls, iterable, r=_EMPTY_R):
        if r is _EMPTY_R:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        return _make(cls, _combinations(pool, _check_r(r, len(pool))))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


class combinations_with_replacement(_GenIter):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    __slots__ = ()

    def __new__(cls, iterable, r=_EMPTY_R):
        if r is _EMPTY_R:
            raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        return _make(cls, _combinations_wr(pool, _check_r(r, len(pool))))


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])


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
