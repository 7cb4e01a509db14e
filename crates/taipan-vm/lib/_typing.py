"""Type-parameter objects of PEP 695 (Taipan's own implementation).

The compiler's intrinsics (TYPEVAR, PARAMSPEC, TYPEVARTUPLE,
SUBSCRIPT_GENERIC, SET_TYPEPARAM_DEFAULT) call the `_make_*` helpers
below, so `def f[T]()` and `typing.TypeVar("T")` build the same classes,
which `typing` re-exports: TypeVar, ParamSpec, TypeVarTuple, Generic,
ParamSpecArgs, ParamSpecKwargs, NoDefault.
"""

_NOTHING = object()


class _NoDefaultType:
    """The `typing.NoDefault` sentinel."""

    __module__ = "typing"

    def __repr__(self):
        return "typing.NoDefault"

    def __reduce__(self):
        return "NoDefault"


NoDefault = _NoDefaultType()
_NoDefaultType.__qualname__ = "NoDefault"
_NoDefaultType.__name__ = "NoDefault"


def _caller_module():
    try:
        import sys

        return sys._getframe(2).f_globals.get("__name__", "__main__")
    except Exception:
        return "__main__"


class _Lazy:
    """A value given directly or computed once by a function of the
    compiler (a lazily evaluated bound, constraints tuple or default)."""

    def __init__(self, value=_NOTHING, func=None):
        self.value = value
        self.func = func

    def get(self, missing):
        if self.value is _NOTHING:
            if self.func is None:
                return missing
            self.value = self.func()
        return self.value


class _TypeParam:
    """What TypeVar, ParamSpec and TypeVarTuple share."""

    __module__ = "typing"

    def __init__(self, name, default):
        if not isinstance(name, str):
            raise TypeError("TypeVar name must be a string")
        self.__name__ = name
        self._default = _Lazy() if default is NoDefault else _Lazy(default)

    @property
    def __default__(self):
        return self._default.get(NoDefault)

    @property
    def evaluate_default(self):
        return self._default.func

    def has_default(self):
        d = self._default
        return d.func is not None or d.value is not _NOTHING

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of " + type(self).__name__)

    def __reduce__(self):
        return self.__name__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class TypeVar(_TypeParam):
    """Type variable."""

    __module__ = "typing"

    def __init__(
        self,
        name,
        *constraints,
        bound=None,
        covariant=False,
        contravariant=False,
        infer_variance=False,
        default=NoDefault,
    ):
        _TypeParam.__init__(self, name, default)
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._bound = _Lazy(bound)
        self._constraints = _Lazy(tuple(constraints))
        self.__module__ = _caller_module()

    @property
    def __bound__(self):
        return self._bound.get(None)

    @property
    def __constraints__(self):
        return self._constraints.get(())

    @property
    def evaluate_bound(self):
        return self._bound.func

    @property
    def evaluate_constraints(self):
        return self._constraints.func

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__

    def __typing_subst__(self, arg):
        return arg


class ParamSpecArgs:
    """`P.args`."""

    __module__ = "typing"

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + ".args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__.__name__))


class ParamSpecKwargs:
    """`P.kwargs`."""

    __module__ = "typing"

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + ".kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__.__name__))


class ParamSpec(_TypeParam):
    """Parameter specification variable."""

    __module__ = "typing"

    def __init__(
        self,
        name,
        *,
        bound=None,
        covariant=False,
        contravariant=False,
        infer_variance=False,
        default=NoDefault,
    ):
        _TypeParam.__init__(self, name, default)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__bound__ = bound
        self.__module__ = _caller_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


class TypeVarTuple(_TypeParam):
    """Type variable tuple."""

    __module__ = "typing"

    def __init__(self, name, *, default=NoDefault):
        _TypeParam.__init__(self, name, default)
        self.__module__ = _caller_module()

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield _Unpacked(self)


class _Unpacked:
    """`*Ts`."""

    __module__ = "typing"

    def __init__(self, tvt):
        self.__origin__ = tvt

    def __repr__(self):
        return "*" + self.__origin__.__name__


def _type_repr(obj):
    """How a generic alias shows one of its arguments."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if type(obj).__name__ == "function":
        return obj.__name__
    if isinstance(obj, tuple):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _collect_params(args):
    params = []
    for a in args:
        if isinstance(a, _TypeParam):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, "__parameters__", ()):
                if isinstance(p, _TypeParam) and p not in params:
                    params.append(p)
    return tuple(params)


class _GenericAlias:
    """`C[int]` for a generic class `C` (and `Generic[T]`)."""

    __module__ = "typing"

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_params(args)

    def __repr__(self):
        args = ", ".join(_type_repr(a) for a in self.__args__) or "()"
        return _type_repr(self.__origin__) + "[" + args + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            i = bases.index(self)
            for b in bases[i + 1 :]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
            return (Generic,)
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1 :]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError(
                "Too " + ("many" if len(args) > len(params) else "few")
                + " arguments for " + repr(self) + "; actual "
                + str(len(args)) + ", expected " + str(len(params))
            )
        subst = dict(zip(params, args))
        new = tuple(subst.get(a, a) if isinstance(a, _TypeParam) else a for a in self.__args__)
        return _GenericAlias(self.__origin__, new)


def _check_arity(cls, args):
    """Refuse too many or too few arguments for a generic class (type
    parameters with defaults may be left out)."""
    params = cls.__dict__.get("__parameters__", ())
    if not params:
        raise TypeError(str(cls) + " is not a generic class")
    if any(isinstance(p, TypeVarTuple) for p in params):
        return
    actual = len(args)
    expected = len(params)
    if actual == expected:
        return
    if actual < expected:
        if params[actual].has_default():
            return
        expected -= sum(1 for p in params if p.has_default())
        shown = "at least " + str(expected)
    else:
        shown = str(expected)
    raise TypeError(
        "Too " + ("many" if actual > expected else "few") + " arguments for "
        + str(cls) + "; actual " + str(actual) + ", expected " + shown
    )


class Generic:
    """Abstract base class for generic types."""

    __module__ = "typing"
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            if not params:
                raise TypeError(
                    "Parameter list to Generic[...] cannot be empty"
                )
            for p in params:
                if not isinstance(p, (_TypeParam, _Unpacked)):
                    raise TypeError(
                        "Parameters to Generic[...] must all be type variables "
                        "or parameter specification variables."
                    )
            if len(set(params)) != len(params):
                raise TypeError("Parameters to Generic[...] must all be unique")
            return _GenericAlias(cls, params)
        _check_arity(cls, params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get("__orig_bases__", ())
        if Generic in orig and cls.__name__ != "Protocol":
            raise TypeError("Cannot inherit from plain Generic")
        gvars = None
        tvars = []
        for base in orig:
            if isinstance(base, _GenericAlias):
                if base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError(
                            "Cannot inherit from Generic[...] multiple times."
                        )
                    gvars = base.__parameters__
                else:
                    for p in base.__parameters__:
                        if p not in tvars:
                            tvars.append(p)
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                raise TypeError(
                    "Some type variables (" + ", ".join(str(t) for t in missing)
                    + ") are not listed in Generic[" + ", ".join(str(g) for g in gvars) + "]"
                )
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


def _make_typevar(name, bound, constraints):
    tv = TypeVar.__new__(TypeVar)
    _TypeParam.__init__(tv, name, NoDefault)
    tv.__covariant__ = False
    tv.__contravariant__ = False
    tv.__infer_variance__ = True
    tv._bound = _Lazy(None) if bound is None else _Lazy(func=bound)
    tv._constraints = _Lazy(()) if constraints is None else _Lazy(func=constraints)
    tv.__module__ = "typing"
    return tv


def _make_paramspec(name):
    p = ParamSpec.__new__(ParamSpec)
    _TypeParam.__init__(p, name, NoDefault)
    p.__covariant__ = False
    p.__contravariant__ = False
    p.__infer_variance__ = True
    p.__bound__ = None
    p.__module__ = "typing"
    return p


def _make_typevartuple(name):
    t = TypeVarTuple.__new__(TypeVarTuple)
    _TypeParam.__init__(t, name, NoDefault)
    t.__module__ = "typing"
    return t


def _set_default(param, func):
    param._default = _Lazy(func=func)
    return param


def _subscript_generic(params):
    """`Generic[params]`, the implicit base of `class C[T]`: `typing`'s
    Generic (this module's when `typing` is not available)."""
    try:
        import typing
    except ImportError:
        return Generic[params]
    return typing.Generic[params]
