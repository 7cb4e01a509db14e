"""Introspecting annotations (PEP 649/749), a small subset of CPython's
annotationlib: the Format enum, ForwardRef, call_annotate_function,
get_annotations and get_annotate_from_class_namespace.

An ``__annotate__`` function computes VALUE (and VALUE_WITH_FAKE_GLOBALS)
only. FORWARDREF and STRING rerun it with other globals: every name its
code loads that is not defined (for STRING: every name) becomes a
``_Stringifier``, an object that records the expression built from it.
"""

import builtins
import enum
import sys

__all__ = ["Format", "ForwardRef", "call_annotate_function", "get_annotations",
           "get_annotate_from_class_namespace", "annotations_to_string",
           "type_repr"]


class Format(enum.IntEnum):
    VALUE = 1
    VALUE_WITH_FAKE_GLOBALS = 2
    FORWARDREF = 3
    STRING = 4


class ForwardRef:
    """A reference to a name (or expression) not yet defined."""

    __slots__ = ("__forward_arg__", "__forward_module__", "__owner__",
                 "__forward_is_class__")

    def __init__(self, arg, *, module=None, owner=None, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module
        self.__owner__ = owner
        self.__forward_is_class__ = is_class

    def evaluate(self, *, globals=None, locals=None, type_params=None,
                 owner=None, format=Format.VALUE):
        """The value the reference names, evaluated now."""
        owner = owner if owner is not None else self.__owner__
        if globals is None:
            module = self.__forward_module__
            if module is None and owner is not None:
                module = getattr(owner, "__module__", None)
            mod = sys.modules.get(module) if module is not None else None
            globals = dict(getattr(mod, "__dict__", {}))
        if locals is None and isinstance(owner, type):
            locals = dict(owner.__dict__)
        try:
            return eval(self.__forward_arg__, globals, locals)
        except NameError:
            if format == Format.FORWARDREF:
                return self
            raise

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__
                and self.__forward_is_class__ == other.__forward_is_class__
                and self.__owner__ is other.__owner__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return _Stringifier(self.__forward_arg__) | other

    def __ror__(self, other):
        return other | _Stringifier(self.__forward_arg__)

    def __repr__(self):
        extra = ""
        if self.__forward_module__ is not None:
            extra += f", module={self.__forward_module__!r}"
        if self.__forward_is_class__:
            extra += ", is_class=True"
        if self.__owner__ is not None:
            extra += f", owner={self.__owner__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{extra})"


def _text(value):
    """The source text of a value inside a stringified expression."""
    if isinstance(value, _Stringifier):
        return value.__text__
    if value is ...:
        return "..."
    if isinstance(value, tuple):
        return ", ".join(_text(v) for v in value)
    return type_repr(value)


class _Stringifier:
    """Stands for an undefined name; operations on it build the text of
    the expression."""

    __slots__ = ("__text__",)

    def __init__(self, text):
        object.__setattr__(self, "__text__", text)

    def __getattr__(self, name):
        return _Stringifier(f"{self.__text__}.{name}")

    def __getitem__(self, key):
        return _Stringifier(f"{self.__text__}[{_text(key)}]")

    def __call__(self, *args, **kwargs):
        parts = [_text(a) for a in args]
        parts += [f"{k}={_text(v)}" for k, v in kwargs.items()]
        return _Stringifier(f"{self.__text__}({', '.join(parts)})")

    def __or__(self, other):
        return _Stringifier(f"{self.__text__} | {_text(other)}")

    def __ror__(self, other):
        return _Stringifier(f"{_text(other)} | {self.__text__}")

    def __iter__(self):
        yield _Stringifier(f"*{self.__text__}")

    def __repr__(self):
        return self.__text__


def _make_cell(value):
    def inner():
        return value
    return inner.__closure__[0]


def _rerun(annotate, format, all_names):
    """Call `annotate` with globals where undefined names (all names for
    STRING) are stringifiers."""
    code = annotate.__code__
    names = {}
    if not all_names:
        names.update(vars(builtins))
        names.update(annotate.__globals__)
    for name in code.co_names:
        if name not in names:
            names[name] = _Stringifier(name)
    closure = annotate.__closure__
    if all_names and closure:
        cells = []
        for name, cell in zip(code.co_freevars, closure):
            if name == "__classdict__":
                cell = _make_cell({})
            cells.append(cell)
        closure = tuple(cells)
    names.setdefault("__builtins__", builtins)
    func = type(annotate)(code, names, annotate.__name__, None, closure)
    return func(Format.VALUE_WITH_FAKE_GLOBALS)


def call_annotate_function(annotate, format, *, owner=None):
    """Call an `__annotate__` function for `format`."""
    format = Format(format)
    if format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError("The VALUE_WITH_FAKE_GLOBALS format is for internal use only")
    if format == Format.VALUE:
        return annotate(Format.VALUE)
    try:
        return annotate(format)
    except NotImplementedError:
        pass
    if format == Format.STRING:
        result = _rerun(annotate, format, True)
        return {k: v if isinstance(v, str) else _text(v) for k, v in result.items()}
    try:
        return annotate(Format.VALUE)
    except NameError:
        pass
    result = _rerun(annotate, format, False)
    is_class = isinstance(owner, type)
    return {k: ForwardRef(v.__text__, owner=owner, is_class=is_class)
            if isinstance(v, _Stringifier) else v
            for k, v in result.items()}


def get_annotate_from_class_namespace(namespace):
    """The `__annotate__` function a class body stored in `namespace`."""
    try:
        return namespace["__annotate__"]
    except KeyError:
        return namespace.get("__annotate_func__")


def _annotate_of(obj):
    if isinstance(obj, type):
        return obj.__dict__.get("__annotate__") or obj.__dict__.get("__annotate_func__")
    return getattr(obj, "__annotate__", None)


def _stored_annotations(obj):
    if isinstance(obj, type):
        for key in ("__annotations__", "__annotations_cache__"):
            if key in obj.__dict__:
                return obj.__dict__[key]
        return None
    try:
        return obj.__dict__["__annotations__"] if isinstance(obj, type(sys)) \
            and "__annotations__" in obj.__dict__ else None
    except (AttributeError, TypeError):
        return None


def get_annotations(obj, *, globals=None, locals=None, eval_str=False,
                    format=Format.VALUE):
    """The annotations of a class, module or callable, as a new dict."""
    format = Format(format)
    if format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError("The VALUE_WITH_FAKE_GLOBALS format is for internal use only")
    if not (isinstance(obj, (type, type(sys))) or callable(obj)):
        raise TypeError(f"{obj!r} does not have annotations")
    annotate = _annotate_of(obj)
    stored = _stored_annotations(obj)
    if format == Format.VALUE or annotate is None:
        if stored is None and format == Format.VALUE:
            ann = getattr(obj, "__annotations__", None)
        else:
            ann = stored
        if ann is None and annotate is not None:
            ann = annotate(Format.VALUE)
        ann = {} if ann is None else dict(ann)
        if format == Format.STRING:
            ann = {k: v if isinstance(v, str) else type_repr(v) for k, v in ann.items()}
    else:
        ann = call_annotate_function(annotate, format, owner=obj)
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if eval_str and format == Format.VALUE:
        if globals is None:
            module = sys.modules.get(getattr(obj, "__module__", None))
            globals = getattr(module, "__dict__", None) if not isinstance(obj, type(sys)) \
                else obj.__dict__
        if locals is None and isinstance(obj, type):
            locals = dict(obj.__dict__)
        ann = {k: eval(v, globals, locals) if isinstance(v, str) else v
               for k, v in ann.items()}
    return dict(ann)


def type_repr(value):
    """The repr of a value in an annotation: names for classes and
    functions, `...` for Ellipsis."""
    if isinstance(value, (type, type(type_repr))) and not hasattr(value, "__origin__"):
        if value.__module__ == "builtins":
            return value.__qualname__
        return f"{value.__module__}.{value.__qualname__}"
    if value is ...:
        return "..."
    return repr(value)


def annotations_to_string(annotations):
    """The annotations dict with each value as a string."""
    return {k: v if isinstance(v, str) else type_repr(v)
            for k, v in annotations.items()}
