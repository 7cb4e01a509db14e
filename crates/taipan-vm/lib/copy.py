"""Shallow and deep copy operations (Taipan's own implementation).

Built-in containers are copied directly; other objects through
`__copy__`/`__deepcopy__`, then `__reduce_ex__`/`__reduce__` when the class
defines them, else as plain instances (a new object of the same class with
a copy of the instance dict and slots)."""

__all__ = ['Error', 'copy', 'deepcopy', 'replace']


class Error(Exception):
    """Raised for objects that cannot be copied."""


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(...), type(NotImplemented), type(len), type(lambda: 0),
           property)
_UNPICKLABLE = {'generator', 'coroutine', 'async_generator', 'module', 'frame',
                'list_iterator', 'tuple_iterator', 'str_iterator', 'range_iterator',
                'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator',
                'set_iterator', 'method'}


def _own_method(cls, name):
    # A method the class (not object) defines, else None.
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = getattr(klass, '__dict__', None)
        if d is not None and name in d:
            return d[name]
        if d is None and klass.__module__ != 'builtins':
            # A native type of a library module (collections.deque).
            method = getattr(klass, name, None)
            if method is not None:
                return method
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is frozenset or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct_from(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    else:
        copier = getattr(x, '__deepcopy__', None) if not isinstance(x, type) else None
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct_from(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct_from(x, memo):
    cls = type(x)
    import copyreg
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    reductor = _own_method(cls, '__reduce_ex__')
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = _own_method(cls, '__reduce__')
        if reductor is not None:
            rv = reductor(x)
        else:
            rv = _default_reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, memo, *rv)


def _default_reduce(x):
    # What object.__reduce_ex__(4) gives for plain instances.
    cls = type(x)
    if cls.__name__ in _UNPICKLABLE or cls.__module__ == 'builtins' and not hasattr(x, '__dict__'):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getnewargs = _own_method(cls, '__getnewargs_ex__')
    if getnewargs is not None:
        args, kwargs = getnewargs(x)
    else:
        getnewargs = _own_method(cls, '__getnewargs__')
        args, kwargs = (getnewargs(x) if getnewargs is not None else ()), None
    getstate = _own_method(cls, '__getstate__')
    if getstate is not None:
        state = getstate(x)
    else:
        state = _instance_state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_new_with_kwargs, (cls, args, kwargs), state, listitems, dictitems)
    return (_new_object, (cls,) + tuple(args), state, listitems, dictitems)


def _new_object(cls, *args):
    if isinstance(cls, type) and issubclass(cls, (tuple, int, float, str, bytes, frozenset)):
        return cls.__new__(cls, *args)
    return cls.__new__(cls, *args)


def _new_with_kwargs(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = getattr(klass, '__dict__', {}).get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            names.append(name)
    return names


def _instance_state(x):
    d = getattr(x, '__dict__', None)
    state = dict(d) if d else None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None and _own_method(type(y), '__setstate__') is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    cls = type(obj)
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f'replace() does not support {cls.__name__} objects')
    return func(obj, **changes)
