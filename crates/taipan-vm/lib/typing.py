"""Type hints at run time (Taipan's own implementation).

Special forms (``Any``, ``Optional``, ``Literal``...), the generic
aliases (``List[int]``), ``TypeVar``/``Generic``/``Protocol``,
``NamedTuple``, ``TypedDict`` and the introspection helpers
(``get_origin``, ``get_args``, ``get_type_hints``), with CPython 3.14's
reprs. ``X | Y`` and ``Union[X, Y]`` are ``_taipan_types.Union``.
"""

import sys
from abc import ABCMeta, abstractmethod
import _taipan_types
from _taipan_types import GenericAlias as _BuiltinAlias, Union, make_union as _make_union, ELLIPSIS as _ELLIPSIS

TYPE_CHECKING = False

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet',
    'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
    'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast',
    'clear_overloads', 'dataclass_transform', 'final', 'get_args',
    'get_origin', 'get_overloads', 'get_protocol_members', 'get_type_hints',
    'is_protocol', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoDefault', 'NoReturn',
    'NotRequired', 'overload', 'override', 'ParamSpecArgs',
    'ParamSpecKwargs', 'ReadOnly', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'TypeIs', 'TypeAliasType', 'Unpack',
]


def _type_repr(obj):
    """The text of a type in a typing repr."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        module = getattr(obj, '__module__', 'builtins')
        if module == 'builtins':
            return obj.__qualname__
        return f'{module}.{obj.__qualname__}'
    if obj is _ELLIPSIS:
        return '...'
    if obj is None:
        return 'None'
    if type(obj).__name__ == 'function':
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


def _type_check(arg, msg):
    """Accept a type-like argument (``None`` becomes ``NoneType``)."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _Sentinel:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


NoDefault = _Sentinel('typing.NoDefault')


# --- type variables ------------------------------------------------------

class _TypeVarLike:
    """Shared behaviour of TypeVar, ParamSpec and TypeVarTuple."""

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __typing_subst__(self, arg):
        return arg

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


class TypeVar(_TypeVarLike):
    """A type variable: ``T = TypeVar('T')``."""

    __module__ = 'typing'

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=NoDefault):
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__constraints__ = tuple(_type_check(c, "") for c in constraints)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default
        self.__module__ = _caller_module()

    def has_default(self):
        return self.__default__ is not NoDefault

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class TypeVarTuple(_TypeVarLike):
    """A variadic type variable: ``Ts = TypeVarTuple('Ts')``."""

    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self.__default__ = default

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs:
    """``P.args``."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs:
    """``P.kwargs``."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(_TypeVarLike):
    """A parameter specification variable: ``P = ParamSpec('P')``."""

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=NoDefault):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


try:
    from _typing import TypeVar, ParamSpec, TypeVarTuple, NoDefault  # noqa: F811 (native, when present)
except ImportError:
    pass


def _caller_module():
    try:
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except Exception:
        return '__main__'


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec, TypeVarTuple)) or \
        type(x).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple')


def _collect_type_parameters(args):
    params = []
    for a in args:
        if _is_typevar_like(a):
            if a not in params:
                params.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _collect_type_parameters(a):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if _is_typevar_like(p) and p not in params:
                    params.append(p)
    return tuple(params)


# --- special forms -------------------------------------------------------

class _SpecialForm:
    """A typing construct such as ``Optional`` or ``ClassVar``."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _single(form, parameters):
    item = _type_check(parameters, f'{form._name} accepts only single type.')
    return _GenericAlias(form, (item,))


NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _single)
Final = _SpecialForm('Final', _single)
TypeGuard = _SpecialForm('TypeGuard', _single)
TypeIs = _SpecialForm('TypeIs', _single)
Required = _SpecialForm('Required', _single)
NotRequired = _SpecialForm('NotRequired', _single)
ReadOnly = _SpecialForm('ReadOnly', _single)
Unpack = _SpecialForm('Unpack', _single)


def _optional(form, parameters):
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


Optional = _SpecialForm('Optional', _optional)


def _literal(form, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    seen = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if not any(item == s and type(item) is type(s) for s in seen):
                seen.append(item)
    return _LiteralGenericAlias(form, tuple(seen))


Literal = _SpecialForm('Literal', _literal)


def _concatenate(form, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(form, parameters)


Concatenate = _SpecialForm('Concatenate', _concatenate)


# --- generic aliases -----------------------------------------------------

class _GenericAlias:
    """A subscripted typing construct (``List[int]``, ``G[T]``)."""

    def __init__(self, origin, args, *, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(a if a is _ELLIPSIS else _type_check(a, '') for a in args)
        self.__parameters__ = _collect_type_parameters(self.__args__)
        self._name = name
        self._inst = inst

    def _origin_repr(self):
        if self._name:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return f'{self._origin_repr()}[()]'
        return f'{self._origin_repr()}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, args):
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments "
                            f"for {self}; actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))
        return self.copy_with(tuple(_subst(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        i = bases.index(self)
        if self._name:
            res = []
            if self.__origin__ not in bases:
                res.append(self.__origin__)
            for b in bases[i + 1:]:
                if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (
                        isinstance(b, type) and issubclass(b, Generic)):
                    break
            else:
                res.append(Generic)
            return tuple(res)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)


def _subst(arg, subst):
    if _is_typevar_like(arg):
        return subst.get(arg, arg)
    params = getattr(arg, '__parameters__', ())
    if params and not isinstance(arg, type):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, *, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()
        self._name = None
        self._inst = inst

    def __repr__(self):
        return f'typing.Literal[{", ".join(repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is _ELLIPSIS:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return (f'typing.Callable[[{", ".join(_type_repr(a) for a in args[:-1])}], '
                f'{_type_repr(args[-1])}]')

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name)


class _SpecialGenericAlias:
    """An unsubscripted alias such as ``typing.List``."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} "
                            f"arguments for {self}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple', inst=False)
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, name='Tuple', inst=False)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is None or args is _ELLIPSIS:
            return _CallableGenericAlias(self.__origin__, (_ELLIPSIS, result), name='Callable')
        if not isinstance(args, (list, tuple)):
            raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
        return _CallableGenericAlias(self.__origin__, tuple(args) + (result,), name='Callable')


# --- Annotated -----------------------------------------------------------

class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        self.__origin__ = origin
        self.__args__ = (origin,)
        self.__metadata__ = metadata
        self.__parameters__ = _collect_type_parameters((origin,))
        self._name = None
        self._inst = True

    def __repr__(self):
        return (f'typing.Annotated[{_type_repr(self.__origin__)}, '
                f'{", ".join(repr(m) for m in self.__metadata__)}]')

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _AnnotatedMeta(type):
    def __repr__(cls):
        return 'typing.Annotated'


class Annotated(metaclass=_AnnotatedMeta):
    """Add context-specific metadata to a type: ``Annotated[T, x]``."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        return _AnnotatedAlias(_type_check(params[0], ''), tuple(params[1:]))


# --- ForwardRef ----------------------------------------------------------

class ForwardRef:
    """A string annotation not evaluated yet."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


# --- Generic and Protocol ------------------------------------------------

class Generic:
    """Abstract base class for generic types: ``class G(Generic[T])``."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not _is_typevar_like(p):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                    f"variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = getattr(cls, '__parameters__', ())
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            if len(params) != len(expected):
                at_least = '' if len(params) > len(expected) else 'at least '
                raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} "
                                f"arguments for {cls}; actual {len(params)}, "
                                f"expected {at_least}{len(expected)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        tvars = []
        orig = cls.__dict__.get('__orig_bases__')
        if orig is not None:
            tvars = list(_collect_type_parameters(orig))
            gvars = None
            for base in orig:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                extra = [t for t in tvars if t not in gvars]
                if extra:
                    s_vars = ', '.join(str(t) for t in extra)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in "
                                    f"Generic[{s_args}]")
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


_PROTO_EXCLUDED = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__match_args__',
    '__static_attributes__', '__firstlineno__', '__qualname__',
    '__parameters__', '__orig_bases__', '_is_protocol',
    '_is_runtime_protocol', '__protocol_attrs__', '__init_subclass__',
    '__non_callable_proto_members__', '__type_params__', '_abc_impl',
    '__annotate__', '__annotate_func__', '__annotations_cache__',
])


def _class_dict(cls):
    """``cls.__dict__``, or for a built-in type (no ``__dict__`` in
    Taipan) the attributes it has."""
    try:
        return cls.__dict__
    except AttributeError:
        return _BuiltinDict(cls)


class _BuiltinDict:
    def __init__(self, cls):
        self.cls = cls

    def __contains__(self, name):
        if self.cls is object and name != '__hash__':
            return False
        try:
            getattr(self.cls, name)
            return True
        except AttributeError:
            return False

    def __getitem__(self, name):
        return getattr(self.cls, name)


def _ns_annotations(ns):
    """The annotations of a class namespace: its `__annotations__`, else
    what its `__annotate__` function computes (PEP 649)."""
    ann = ns.get('__annotations__')
    if ann is not None:
        return ann
    annotate = ns.get('__annotate__') or ns.get('__annotate_func__')
    return {} if annotate is None else annotate(1)


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__.keys()) + list(_ns_annotations(base.__dict__).keys())
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False) or cls is Protocol:
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if super().__instancecheck__(instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and callable(getattr(cls, attr, None)):
                return False
        return True

    def __subclasscheck__(cls, other):
        if not getattr(cls, '_is_protocol', False) or cls is Protocol:
            return super().__subclasscheck__(other)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if super().__subclasscheck__(other):
            return True
        for attr in cls.__protocol_attrs__:
            for base in other.__mro__:
                d = _class_dict(base)
                if attr in d:
                    if d[attr] is None:
                        return False
                    break
            else:
                return False
        return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        Generic.__dict__['__init_subclass__'].__func__(cls, *args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__protocol_attrs__ = _get_protocol_attrs(cls)
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Allow isinstance/issubclass checks against a protocol class."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and getattr(cls, '_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def is_protocol(tp):
    """Whether ``tp`` is a protocol class."""
    return (isinstance(tp, type) and getattr(tp, '_is_protocol', False)
            and tp is not Protocol and tp is not Generic)


def get_protocol_members(tp):
    """The members a protocol class requires."""
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(tp.__protocol_attrs__)


class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        pass


class SupportsComplex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass


class SupportsBytes(Protocol):
    __slots__ = ()

    @abstractmethod
    def __bytes__(self):
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self):
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes,
           SupportsIndex, SupportsAbs, SupportsRound):
    _p._is_runtime_protocol = True


# --- the aliases of concrete and abstract collections ----------------------

def _abc(name):
    try:
        import collections.abc as cabc
        return getattr(cabc, name)
    except (ImportError, AttributeError):
        return _fallback_abc(name)


_FALLBACK = {}


def _fallback_abc(name):
    """A stand-in ABC (until ``collections.abc`` is available) that
    recognises classes by the methods they define."""
    cls = _FALLBACK.get(name)
    if cls is not None:
        return cls
    needs = {
        'Hashable': ('__hash__',), 'Sized': ('__len__',),
        'Container': ('__contains__',), 'Iterable': ('__iter__',),
        'Iterator': ('__iter__', '__next__'), 'Reversible': ('__reversed__', '__iter__'),
        'Collection': ('__len__', '__iter__', '__contains__'),
        'Callable': ('__call__',), 'Awaitable': ('__await__',),
        'AsyncIterable': ('__aiter__',), 'AsyncIterator': ('__aiter__', '__anext__'),
        'Generator': ('__iter__', '__next__', 'send', 'throw', 'close'),
        'Coroutine': ('__await__', 'send', 'throw', 'close'),
        'AsyncGenerator': ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'),
        'Sequence': ('__getitem__', '__len__'), 'MutableSequence': ('__getitem__', '__setitem__', '__len__', 'insert'),
        'Mapping': ('__getitem__', '__len__', 'keys'), 'MutableMapping': ('__getitem__', '__setitem__', 'keys'),
        'Set': ('__contains__', '__len__', 'isdisjoint'), 'MutableSet': ('add', 'discard'),
        'MappingView': ('__len__',), 'KeysView': ('isdisjoint',), 'ItemsView': ('isdisjoint',),
        'ValuesView': ('__len__', '__iter__'), 'ByteString': ('__getitem__', '__len__'),
    }.get(name, ())
    builtin = {
        'Sequence': (list, tuple, str, range, bytes, bytearray),
        'MutableSequence': (list, bytearray), 'Mapping': (dict,),
        'MutableMapping': (dict,), 'Set': (set, frozenset), 'MutableSet': (set,),
        'ByteString': (bytes, bytearray),
    }.get(name)

    def __subclasshook__(klass, C):
        if builtin is not None:
            return any(issubclass(C, b) for b in builtin) or NotImplemented
        for attr in needs:
            for base in C.__mro__:
                d = _class_dict(base)
                if attr in d:
                    if d[attr] is None:
                        return NotImplemented
                    break
            else:
                if attr == '__hash__' or not _builtin_has(C, attr):
                    return NotImplemented
        return True

    ns = {'__subclasshook__': classmethod(__subclasshook__), '__module__': 'collections.abc'}
    cls = ABCMeta(name, (), ns)
    _FALLBACK[name] = cls
    return cls


def _builtin_has(C, attr):
    try:
        return getattr(C, attr, None) is not None
    except Exception:
        return False


def _alias(origin, nparams, name=None, inst=True):
    return _SpecialGenericAlias(origin, nparams, name or origin.__name__, inst)


List = _alias(list, 1, 'List', inst=False)
Dict = _alias(dict, 2, 'Dict', inst=False)
Set = _alias(set, 1, 'Set', inst=False)
FrozenSet = _alias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _TupleAlias(tuple, -1, 'Tuple', inst=False)
Type = _alias(type, 1, 'Type')
Text = str

Hashable = _alias(_abc('Hashable'), 0, 'Hashable')
Sized = _alias(_abc('Sized'), 0, 'Sized')
Awaitable = _alias(_abc('Awaitable'), 1, 'Awaitable')
Coroutine = _alias(_abc('Coroutine'), 3, 'Coroutine')
AsyncIterable = _alias(_abc('AsyncIterable'), 1, 'AsyncIterable')
AsyncIterator = _alias(_abc('AsyncIterator'), 1, 'AsyncIterator')
Iterable = _alias(_abc('Iterable'), 1, 'Iterable')
Iterator = _alias(_abc('Iterator'), 1, 'Iterator')
Reversible = _alias(_abc('Reversible'), 1, 'Reversible')
Container = _alias(_abc('Container'), 1, 'Container')
Collection = _alias(_abc('Collection'), 1, 'Collection')
MutableSet = _alias(_abc('MutableSet'), 1, 'MutableSet')
Mapping = _alias(_abc('Mapping'), 2, 'Mapping')
MutableMapping = _alias(_abc('MutableMapping'), 2, 'MutableMapping')
Sequence = _alias(_abc('Sequence'), 1, 'Sequence')
MutableSequence = _alias(_abc('MutableSequence'), 1, 'MutableSequence')
MappingView = _alias(_abc('MappingView'), 1, 'MappingView')
KeysView = _alias(_abc('KeysView'), 1, 'KeysView')
ItemsView = _alias(_abc('ItemsView'), 2, 'ItemsView')
ValuesView = _alias(_abc('ValuesView'), 1, 'ValuesView')
Generator = _alias(_abc('Generator'), 3, 'Generator')
AsyncGenerator = _alias(_abc('AsyncGenerator'), 2, 'AsyncGenerator')
ByteString = _alias(_abc('ByteString'), 0, 'ByteString')
AbstractSet = _alias(_abc('Set'), 1, 'AbstractSet')
Callable = _CallableAlias(_abc('Callable'), 2, 'Callable')


_LAZY = {}
_LAZY_SPEC = {'DefaultDict': ('collections', 'defaultdict', 2),
            'OrderedDict': ('collections', 'OrderedDict', 2),
            'Counter': ('collections', 'Counter', 1),
            'ChainMap': ('collections', 'ChainMap', 2),
            'Deque': ('collections', 'deque', 1),
            'Pattern': ('re', 'Pattern', 1), 'Match': ('re', 'Match', 1),
            'ContextManager': ('contextlib', 'AbstractContextManager', 2),
            'AsyncContextManager': ('contextlib', 'AbstractAsyncContextManager', 2)}


def __getattr__(name):
    if name in _LAZY_SPEC:
        module, attr, n = _LAZY_SPEC[name]
        origin = getattr(__import__(module), attr)
        if name not in _LAZY:
            _LAZY[name] = _alias(origin, n, name)
        return _LAZY[name]
    raise AttributeError(f"module 'typing' has no attribute '{name}'")


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


# --- NamedTuple ----------------------------------------------------------

_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                            '_fields', '_field_defaults', '_make', '_replace',
                            '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                         '__orig_bases__', '__annotate__', '__annotate_func__',
                         '__annotations_cache__'})


class _FieldGetter:
    """The property-like accessor of one named-tuple field."""

    def __init__(self, index):
        self.index = index
        self.__doc__ = f'Alias for field number {index}'

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj[self.index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __repr__(self):
        return f'_tuplegetter({self.index}, {self.__doc__!r})'


def _make_nmtuple(typename, fields, defaults, module):
    names = tuple(fields)
    field_defaults = dict(zip(names[len(names) - len(defaults):], defaults))
    qualname = f'{typename}.__new__'
    bind = _taipan_types.bind_args

    def __new__(cls, *args, **kwargs):
        return tuple.__new__(cls, bind(qualname, names, field_defaults, args, kwargs))

    def __repr__(self):
        body = ', '.join(f'{n}={v!r}' for n, v in zip(names, self))
        return f'{type(self).__name__}({body})'

    def _asdict(self):
        return dict(zip(names, self))

    def _replace(self, /, **kwds):
        values = [kwds.pop(n, v) for n, v in zip(names, self)]
        if kwds:
            raise TypeError(f'Got unexpected field names: {list(kwds)!r}')
        return type(self)(*values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(names):
            raise TypeError(f'Expected {len(names)} arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    ns = {'__slots__': (), '_fields': names, '_field_defaults': field_defaults,
          '__new__': __new__, '__repr__': __repr__, '_asdict': _asdict,
          '_replace': _replace, '_make': classmethod(_make),
          '__getnewargs__': __getnewargs__, '__match_args__': names,
          '__module__': module}
    for i, n in enumerate(names):
        ns[n] = _FieldGetter(i)
    cls = type(typename, (tuple,), ns)
    __new__.__qualname__ = qualname
    return cls


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = _ns_annotations(ns)
        default_names = []
        for name in types:
            if name in ns:
                default_names.append(name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow "
                                f"default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, list(types), [ns[n] for n in default_names],
                               ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key, val in ns.items():
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, val)
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple (class syntax or functional form)."""
    if fields is None:
        fields = list(kwargs.items())
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    nt = _make_nmtuple(typename, [n for n, t in fields], [], _caller_module())
    nt.__annotations__ = dict(fields)
    return nt


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# --- TypedDict -----------------------------------------------------------

def _strip_qualifier(tp):
    """(required flag or None, type) for Required[...]/NotRequired[...]."""
    origin = getattr(tp, '__origin__', None)
    if origin is Required:
        return True, tp.__args__[0]
    if origin is NotRequired:
        return False, tp.__args__[0]
    return None, tp


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(_ns_annotations(base.__dict__))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = _ns_annotations(ns)
        for key, tp in own.items():
            flag, _ = _strip_qualifier(tp)
            annotations[key] = tp
            if flag is None:
                flag = total
            if flag:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__readonly_keys__ = frozenset()
        tp_dict.__mutable_keys__ = frozenset(annotations)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True):
    """A dict type with a fixed set of typed keys."""
    if fields is None:
        fields = {}
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Whether ``tp`` is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta) and tp is not _TypedDict


# --- NewType -------------------------------------------------------------

class NewType:
    """A distinct type for the type checker; the identity at run time."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                        f"looking for: `{self.__name__} = NewType({self.__name__!r}, "
                        f"{self.__name__})`")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# --- functions -----------------------------------------------------------

def cast(typ, val):
    """Return ``val`` unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):
    """Return ``val`` unchanged (a check for type checkers)."""
    return val


def assert_never(arg, /):
    """Fail: this code should be unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print the run-time type of ``obj`` to stderr and return it."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def final(f):
    """Mark a method or class final."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Mark a method as overriding one of a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Mark a function or class as not type checked."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make a decorator apply no_type_check."""
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, class or metaclass as dataclass-like."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "frozen_default": frozen_default,
            "field_specifiers": field_specifiers, "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


_overloads = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions (the variants are recorded)."""
    key = getattr(func, '__qualname__', None)
    if key is not None:
        _overloads.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The @overload variants recorded for ``func``."""
    return list(_overloads.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    """Forget the recorded overloads."""
    _overloads.clear()


def get_origin(tp):
    """The unsubscripted version of a type: ``get_origin(List[int]) is list``."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _BuiltinAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, Union):
        return Union
    return None


def get_args(tp):
    """The type arguments: ``get_args(Dict[int, str]) == (int, str)``."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not _ELLIPSIS:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, Union):
        return tp.__args__
    return ()


def _eval_str(text, globalns, localns):
    """Evaluate a string annotation: names, dotted names, else eval()."""
    text = text.strip()
    parts = text.split('.')
    if all(p.isidentifier() for p in parts):
        for ns in (localns, globalns):
            if ns is not None and parts[0] in ns:
                value = ns[parts[0]]
                break
        else:
            import builtins
            if hasattr(builtins, parts[0]):
                value = getattr(builtins, parts[0])
            else:
                raise NameError(f"name '{parts[0]}' is not defined")
        for p in parts[1:]:
            value = getattr(value, p)
        return value
    return eval(text, globalns, localns)


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and getattr(t, '__origin__', None) in (Required, NotRequired, ReadOnly):
        return _strip_annotations(t.__args__[0])
    return t


def _resolve(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return _resolve(_eval_str(value, globalns, localns), globalns, localns)
    if isinstance(value, ForwardRef):
        return _resolve(_eval_str(value.__forward_arg__, globalns, localns), globalns, localns)
    if isinstance(value, Union):
        return _make_union([_resolve(a, globalns, localns) for a in value.__args__])
    if isinstance(value, _AnnotatedAlias):
        return _AnnotatedAlias(_resolve(value.__origin__, globalns, localns), value.__metadata__)
    if isinstance(value, _LiteralGenericAlias):
        return value
    if isinstance(value, _GenericAlias):
        return value.copy_with(tuple(_resolve(a, globalns, localns) for a in value.__args__))
    if isinstance(value, _BuiltinAlias):
        return _BuiltinAlias(value.__origin__,
                             tuple(_resolve(a, globalns, localns) for a in value.__args__))
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, strings evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            try:
                ann = _ns_annotations(base.__dict__)
            except AttributeError:
                continue
            module = sys.modules.get(getattr(base, '__module__', None))
            g = globalns if globalns is not None else getattr(module, '__dict__', {})
            l = localns if localns is not None else dict(base.__dict__)
            for name, value in ann.items():
                hints[name] = _resolve(value, g, l)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if callable(obj) or isinstance(obj, type(sys)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        g = globalns if globalns is not None else getattr(obj, '__globals__', getattr(obj, '__dict__', {}))
        for name, value in ann.items():
            hints[name] = _resolve(value, g, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


class TypeAliasType:
    """``TypeAliasType('Name', value)``: an alias made at run time."""

    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = type_params
        self.__module__ = _caller_module()

    def __repr__(self):
        return self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class IO(Generic[AnyStr]):
    """Generic base class for file objects."""

    __slots__ = ()


class TextIO(IO):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()


class BinaryIO(IO):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()


def _available(name):
    try:
        __getattr__(name)
        return True
    except (ImportError, AttributeError):
        return False


__all__ = [n for n in __all__ if n not in _LAZY_SPEC or _available(n)]
