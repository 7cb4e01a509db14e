"""contextvars: context variables and contexts (Taipan's own, in Python;
a Context is an immutable-on-copy mapping of ContextVar to value)."""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class Context:
    """A mapping of context variables to values; run() makes it current."""

    __taipan_tp_name__ = '_contextvars.Context'

    def __init__(self):
        self._data = {}
        self._entered = False
        self._prev = None

    def run(self, callable, /, *args, **kwargs):
        """Call callable in this context."""
        global _current
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self} is already "
                               f"entered")
        self._entered = True
        self._prev, _current = _current, self
        try:
            return callable(*args, **kwargs)
        finally:
            _current, self._prev = self._prev, None
            self._entered = False

    def copy(self):
        """A shallow copy."""
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        """The value of var in this context, or default."""
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    """A copy of the current context."""
    return _current.copy()


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set returns: reset() puts the old value back; a
    context manager that resets on exit."""

    __taipan_tp_name__ = '_contextvars.Token'
    MISSING = _Missing()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._var.reset(self)

    def __repr__(self):
        used = ' used' if self._used else ''
        return (f"<Token{used} var={self._var!r} at "
                f"0x{id(self):x}>")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_NO_DEFAULT = object()


class ContextVar:
    """A variable whose value depends on the current context."""

    __taipan_tp_name__ = '_contextvars.ContextVar'

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable "
                        "base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context, else the default given here,
        else the variable's default; LookupError if none."""
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got "
                            f"{len(args)}")
        try:
            return _current._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; return a Token."""
        ctx = _current
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        """Restore the value the variable had before token's set()."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got "
                            f"{type(token).__name__!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different "
                             f"ContextVar")
        if token._context is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        if token._old_value is Token.MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old_value

    def __repr__(self):
        default = ''
        if self._default is not _NO_DEFAULT:
            default = f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
