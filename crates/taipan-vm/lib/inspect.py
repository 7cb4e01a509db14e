"""Introspection of live objects: kinds of objects, members, and the
signatures of Python functions (Taipan's own minimal `inspect`)."""

import types

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def _unwrap_method(obj):
    while ismethod(obj):
        obj = obj.__func__
    return obj


def _has_flag(obj, flag):
    obj = _unwrap_method(obj)
    return isfunction(obj) and bool(obj.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def isabstract(obj):
    return isclass(obj) and bool(getattr(obj, "__abstractmethods__", False))


def getmembers(obj, predicate=None):
    """`(name, value)` of each attribute of `obj`, sorted by name."""
    results = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Strip the indentation common to the second and later lines."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def unwrap(func, *, stop=None):
    """Follow `__wrapped__` attributes to the innermost function."""
    seen = {id(func)}
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping %r" % (func,))
        seen.add(id(func))
    return func


class _Empty:
    """Marker for a missing default or annotation."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self._name, int(self))

    def __str__(self):
        return self._name


_POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
_VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
_KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
_VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")


class Parameter:
    """One parameter of a signature."""

    empty = _Empty
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        if not isinstance(kind, _ParameterKind):
            raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
        if default is not _Empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError("%s parameters cannot have default values" % kind.description)
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a %s" % type(name).__name__)
        if not name.isidentifier():
            raise ValueError("%r is not a valid parameter name" % (name,))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def kind(self):
        return self._kind

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    def replace(self, *, name=None, kind=None, default=None, annotation=None):
        return Parameter(
            self._name if name is None else name,
            self._kind if kind is None else kind,
            default=self._default if default is None else default,
            annotation=self._annotation if annotation is None else annotation,
        )

    def __str__(self):
        text = self._name
        if self._annotation is not _Empty:
            text = "%s: %s" % (text, _annotation_text(self._annotation))
        if self._default is not _Empty:
            if self._annotation is not _Empty:
                text = "%s = %r" % (text, self._default)
            else:
                text = "%s=%r" % (text, self._default)
        if self._kind is _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind is _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<Parameter "%s">' % (self,)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (
            self._name == other._name
            and self._kind == other._kind
            and self._default == other._default
            and self._annotation == other._annotation
        )

    def __hash__(self):
        return hash((self._name, int(self._kind)))


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class BoundArguments:
    """The result of `Signature.bind`."""

    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for param in self.signature.parameters.values():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or param.name not in self.arguments:
                break
            if param.kind is _VAR_POSITIONAL:
                out.extend(self.arguments[param.name])
            else:
                out.append(self.arguments[param.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for param in self.signature.parameters.values():
            if param.name not in self.arguments:
                continue
            if param.kind is _VAR_KEYWORD:
                out.update(self.arguments[param.name])
            elif param.kind is _KEYWORD_ONLY:
                out[param.name] = self.arguments[param.name]
        return out

    def apply_defaults(self):
        new = {}
        for param in self.signature.parameters.values():
            if param.name in self.arguments:
                new[param.name] = self.arguments[param.name]
            elif param.default is not _Empty:
                new[param.name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                new[param.name] = ()
            elif param.kind is _VAR_KEYWORD:
                new[param.name] = {}
        self.arguments = new

    def __repr__(self):
        parts = ["%s=%r" % (k, v) for k, v in self.arguments.items()]
        return "<BoundArguments (%s)>" % ", ".join(parts)


class Signature:
    """The parameters of a callable and its return annotation."""

    empty = _Empty

    def __init__(self, parameters=None, *, return_annotation=_Empty):
        params = {}
        for param in parameters or ():
            if param.name in params:
                raise ValueError("duplicate parameter name: %r" % (param.name,))
            params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=None, return_annotation=None):
        if parameters is None:
            parameters = list(self._parameters.values())
        if return_annotation is None:
            return_annotation = self._return_annotation
        return Signature(parameters, return_annotation=return_annotation)

    def __str__(self):
        parts = []
        slash_pending = False
        star_done = False
        for param in self._parameters.values():
            kind = param.kind
            if kind is _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append("/")
                slash_pending = False
            if kind is _VAR_POSITIONAL:
                star_done = True
            elif kind is _KEYWORD_ONLY and not star_done:
                parts.append("*")
                star_done = True
            parts.append(str(param))
        if slash_pending:
            parts.append("/")
        text = "(%s)" % ", ".join(parts)
        if self._return_annotation is not _Empty:
            text += " -> " + _annotation_text(self._return_annotation)
        return text

    def __repr__(self):
        return "<Signature %s>" % (self,)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (
            list(self._parameters.values()) == list(other._parameters.values())
            and self._return_annotation == other._return_annotation
        )

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        for param in params:
            if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if i < len(args):
                    arguments[param.name] = args[i]
                    i += 1
            elif param.kind is _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[i:])
                i = len(args)
        if i < len(args):
            raise TypeError("too many positional arguments")
        extra = {}
        for name, value in kwargs.items():
            param = self._parameters.get(name)
            if param is None or param.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                extra[name] = value
                continue
            if param.kind is _POSITIONAL_ONLY:
                extra[name] = value
                continue
            if name in arguments:
                raise TypeError("multiple values for argument %r" % (name,))
            arguments[name] = value
        var_kw = [p for p in params if p.kind is _VAR_KEYWORD]
        if extra:
            if not var_kw:
                name = next(iter(extra))
                raise TypeError("got an unexpected keyword argument %r" % (name,))
            arguments[var_kw[0].name] = extra
        if not partial:
            for param in params:
                if param.name in arguments or param.default is not _Empty:
                    continue
                if param.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                    continue
                if param.kind is _KEYWORD_ONLY:
                    raise TypeError("missing a required keyword-only argument: %r" % (param.name,))
                raise TypeError("missing a required argument: %r" % (param.name,))
        ordered = {}
        for param in params:
            if param.name in arguments:
                ordered[param.name] = arguments[param.name]
        return BoundArguments(self, ordered)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)


def _function_signature(func, skip_first):
    code = func.__code__
    names = code.co_varnames
    nposonly = code.co_posonlyargcount
    npos = code.co_argcount
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, "__annotations__", None) or {}
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _Empty
        name = names[i]
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _Empty)))
    index = npos
    varargs = None
    if code.co_flags & CO_VARARGS:
        varargs = names[npos + nkwonly]
    if varargs is not None:
        params.append(Parameter(varargs, _VAR_POSITIONAL, annotation=annotations.get(varargs, _Empty)))
    for name in names[index:index + nkwonly]:
        params.append(
            Parameter(
                name,
                _KEYWORD_ONLY,
                default=kwdefaults.get(name, _Empty),
                annotation=annotations.get(name, _Empty),
            )
        )
    if code.co_flags & CO_VARKEYWORDS:
        name = names[npos + nkwonly + (1 if varargs is not None else 0)]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _Empty)))
    if skip_first:
        if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
            raise ValueError("invalid method signature")
        if params[0].kind is not _VAR_POSITIONAL:
            params = params[1:]
    return Signature(params, return_annotation=annotations.get("return", _Empty))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The `Signature` of a Python function, method or class."""
    if not callable(obj):
        raise TypeError("%r is not a callable object" % (obj,))
    if ismethod(obj):
        func = obj.__func__
        if follow_wrapped:
            func = unwrap(func)
        return _signature_of(func, skip_first=True)
    if follow_wrapped:
        obj = unwrap(obj)
    return _signature_of(obj, skip_first=False)


def _signature_of(obj, skip_first):
    sig = getattr(obj, "__signature__", None)
    if isinstance(sig, Signature):
        return sig
    if isfunction(obj):
        return _function_signature(obj, skip_first)
    if ismethod(obj):
        return _signature_of(obj.__func__, True)
    if isclass(obj):
        for name in ("__init__", "__new__"):
            for klass in obj.__mro__:
                if name in klass.__dict__ and klass is not object:
                    return _function_signature(klass.__dict__[name], True) if isfunction(
                        klass.__dict__[name]
                    ) else _signature_of(klass.__dict__[name], True)
        return Signature()
    call = getattr(type(obj), "__call__", None)
    if isfunction(call):
        return _function_signature(call, True)
    raise ValueError("no signature found for %r" % (obj,))
