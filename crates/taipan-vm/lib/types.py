"""Names for the interpreter's built-in types, and a few helpers
(Taipan's own implementation of the `types` module)."""

import sys


def _function():
    pass


def _generator():
    yield 1


async def _coroutine():
    pass


async def _async_generator():
    yield 1


class _Class:
    def method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
GeneratorType = type(_generator())
_coro = _coroutine()
CoroutineType = type(_coro)
_coro.close()
del _coro
AsyncGeneratorType = type(_async_generator())
MethodType = type(_Class().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)

try:
    GenericAlias = type(list[int])
except TypeError:
    pass
try:
    UnionType = type(int | str)
except TypeError:
    pass

del _function, _generator, _coroutine, _async_generator, _Class


_namespace_reprs = set()


def _namespace_compare(op):
    def compare(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return op(self.__dict__, other.__dict__)
        return NotImplemented
    return compare


class SimpleNamespace:
    """A simple attribute-based namespace."""

    __taipan_tp_name__ = "types.SimpleNamespace"

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(
                "SimpleNamespace expected at most 1 argument, got %d" % len(args)
            )
        attrs = dict(args[0]) if args else {}
        attrs.update(kwargs)
        for key in attrs:
            if not isinstance(key, str):
                raise TypeError("keywords must be strings")
        self.__dict__.update(attrs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _namespace_reprs:
            return name + "(...)"
        _namespace_reprs.add(key)
        try:
            parts = ["%s=%r" % (k, v) for k, v in self.__dict__.items()]
        finally:
            _namespace_reprs.discard(key)
        return "%s(%s)" % (name, ", ".join(parts))

    __eq__ = _namespace_compare(lambda a, b: a == b)
    __ne__ = _namespace_compare(lambda a, b: a != b)
    __lt__ = _namespace_compare(lambda a, b: a < b)
    __le__ = _namespace_compare(lambda a, b: a <= b)
    __gt__ = _namespace_compare(lambda a, b: a > b)
    __ge__ = _namespace_compare(lambda a, b: a >= b)
    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)

    def __replace__(*args, **changes):
        if len(args) != 1:
            raise TypeError("__replace__() takes no positional arguments")
        self = args[0]
        result = type(self)()
        result.__dict__.update(self.__dict__)
        result.__dict__.update(changes)
        return result


del _namespace_compare


class mappingproxy:
    """A read-only view of a mapping."""

    __module__ = "builtins"
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        if not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError(
                "mappingproxy() argument must be a mapping, not %s"
                % type(mapping).__name__
            )
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()


MappingProxyType = mappingproxy
del mappingproxy


def resolve_bases(bases):
    """The bases with `__mro_entries__` applied (PEP 560)."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            result.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(entries)
    return tuple(result) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace and the remaining keywords of a class."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        for base in bases:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError(
                "metaclass conflict: the metaclass of a derived class must be "
                "a (non-strict) subclass of the metaclasses of all its bases"
            )
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a `class` statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def get_original_bases(cls):
    """`cls.__orig_bases__`, or its `__bases__`."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(
            "Expected an instance of type, not %r" % type(cls).__name__
        ) from None


def coroutine(func):
    """Mark a generator function as a coroutine (kept as it is here)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func
