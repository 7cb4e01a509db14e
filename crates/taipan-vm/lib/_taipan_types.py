"""``types.GenericAlias`` (``list[int]``) and ``typing.Union``
(``int | None``): the VM calls ``generic_alias`` and ``union`` when a
built-in type is subscripted or or-ed. Taipan's own implementation."""


ELLIPSIS = ...


def type_repr(obj):
    """The text of a type inside an alias repr (``int``, ``mod.C``)."""
    if obj is ELLIPSIS:
        return '...'
    if obj is type(None) or obj is None:
        return 'None'
    if isinstance(obj, type):
        module = getattr(obj, '__module__', 'builtins')
        if module == 'builtins':
            return obj.__qualname__
        return f'{module}.{obj.__qualname__}'
    if isinstance(obj, (tuple, list)):
        return '[' + ', '.join(type_repr(a) for a in obj) + ']'
    return repr(obj)


def collect_parameters(args):
    """The type variables among ``args``, in first-seen order."""
    params = []
    for a in args:
        if hasattr(a, '__typing_subst__') or type(a).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple'):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if p not in params:
                    params.append(p)
    return tuple(params)


class GenericAlias:
    """A parameterized built-in generic such as ``list[int]``."""

    __module__ = 'types'

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = collect_parameters(args)
        self.__unpacked__ = False

    def __repr__(self):
        if not self.__args__:
            return f'{type_repr(self.__origin__)}[()]'
        return (type_repr(self.__origin__) + '['
                + ', '.join(type_repr(a) for a in self.__args__) + ']')

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(items) > len(self.__parameters__) else 'few'}"
                            f" arguments for {self!r}; actual {len(items)}, "
                            f"expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, items))
        return GenericAlias(self.__origin__, tuple(_substitute(a, subst) for a in self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


def _substitute(arg, subst):
    if arg in subst if _hashable(arg) else False:
        return subst[arg]
    params = getattr(arg, '__parameters__', ())
    if params and hasattr(arg, '__getitem__') and not isinstance(arg, type):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


def _hashable(x):
    try:
        hash(x)
        return True
    except TypeError:
        return False


def generic_alias(origin, args):
    """``origin[args]`` for a built-in generic type."""
    return GenericAlias(origin, args)


class Union:
    """``X | Y``: the union of types (``typing.Union`` in 3.14)."""

    __module__ = 'typing'

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = collect_parameters(args)

    @property
    def __origin__(self):
        return Union

    def __repr__(self):
        return ' | '.join(type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, Union):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, tuple(self.__args__))

    def __subclasscheck__(self, cls):
        return issubclass(cls, tuple(self.__args__))

    def __getitem__(self, items):
        if not isinstance(items, tuple):
            items = (items,)
        subst = dict(zip(self.__parameters__, items))
        return make_union([_substitute(a, subst) for a in self.__args__])

    def __class_getitem__(cls, items):
        if not isinstance(items, tuple):
            items = (items,)
        if not items:
            raise TypeError("Cannot take a Union of no types.")
        return make_union(list(items))

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def make_union(items):
    """The union of ``items``: nested unions flattened, duplicates
    dropped, ``None`` as ``NoneType``; one type stays itself."""
    args = []
    for item in items:
        if item is None:
            item = type(None)
        parts = item.__args__ if isinstance(item, Union) else (item,)
        for p in parts:
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return Union(tuple(args))


def union(a, b):
    """``a | b`` for types."""
    return make_union([a, b])


def _name_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def bind_args(qualname, names, defaults, args, kwargs):
    """Bind ``args``/``kwargs`` to the positional parameters ``names``
    (after ``self``; ``defaults`` maps names to default values) with
    CPython's error messages; returns the list of values."""
    n = len(names)
    values = dict(zip(names, args))
    for key in kwargs:
        if key not in names:
            raise TypeError(f'{qualname}() got an unexpected keyword argument {key!r}')
        if key in values:
            raise TypeError(f'{qualname}() got multiple values for argument {key!r}')
        values[key] = kwargs[key]
    if len(args) > n:
        if defaults:
            sig = f'from {n + 1 - len(defaults)} to {n + 1}'
            plural = 's'
        else:
            sig = str(n + 1)
            plural = '' if n == 0 else 's'
        raise TypeError(f'{qualname}() takes {sig} positional argument{plural} '
                        f'but {len(args) + 1} were given')
    missing = [name for name in names if name not in values and name not in defaults]
    if missing:
        s = '' if len(missing) == 1 else 's'
        raise TypeError(f'{qualname}() missing {len(missing)} required positional '
                        f'argument{s}: {_name_list(missing)}')
    return [values[name] if name in values else defaults[name] for name in names]
