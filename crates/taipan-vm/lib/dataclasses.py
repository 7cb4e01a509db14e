"""Data classes (Taipan's own implementation).

``dataclass`` collects the annotated fields of a class (and of its
dataclass bases) and adds the special methods as closures (no source
text is generated): ``__init__`` binds its arguments itself so that its
errors read exactly like CPython's generated ``__init__``.
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen dataclass."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """A pseudo-field passed to ``__init__`` and ``__post_init__`` only."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only', 'doc',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'doc={self.doc!r},'
                f'_field_type={self._field_type}'
                ')')


class _DataclassParams:
    """The arguments ``dataclass`` was called with."""

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},'
                f'order={self.order!r},unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r},match_args={self.match_args!r},'
                f'kw_only={self.kw_only!r},slots={self.slots!r},'
                f'weakref_slot={self.weakref_slot!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING, doc=None):
    """Describe one field of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc)


# --- helpers -------------------------------------------------------------

def _set_qualname(cls, func):
    try:
        func.__qualname__ = f'{cls.__qualname__}.{func.__name__}'
    except (AttributeError, TypeError):
        pass
    return func


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _is_classvar(a):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return a is typing.ClassVar or getattr(a, '__origin__', None) is typing.ClassVar


def _is_initvar(a):
    return a is InitVar or isinstance(a, InitVar)


def _is_kw_only(a):
    return a is KW_ONLY


def _string_kind(a):
    """Classify a string annotation naming ClassVar/InitVar/KW_ONLY."""
    text = a.strip()
    for prefix in ('typing.', 'dataclasses.', ''):
        if not text.startswith(prefix):
            continue
        rest = text[len(prefix):]
        if prefix != 'dataclasses.' and (rest == 'ClassVar' or rest.startswith('ClassVar[')):
            return 'classvar'
        if prefix != 'typing.' and (rest == 'InitVar' or rest.startswith('InitVar[')):
            return 'initvar'
        if prefix != 'typing.' and rest == 'KW_ONLY':
            return 'kw_only'
    return None


def _own_annotations(cls):
    d = cls.__dict__
    ann = d.get('__annotations__')
    if ann is not None:
        return dict(ann)
    annotate = d.get('__annotate__') or d.get('__annotate_func__')
    if annotate is not None:
        try:
            return dict(annotate(1))
        except NameError:
            import annotationlib
            fmt = annotationlib.Format.FORWARDREF
            return dict(annotationlib.call_annotate_function(annotate, fmt, owner=cls))
    return {}


def _hashable(value):
    try:
        hash(value)
        return True
    except TypeError:
        return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if isinstance(a_type, str):
        kind = _string_kind(a_type)
    else:
        kind = ('classvar' if _is_classvar(a_type)
                else 'initvar' if _is_initvar(a_type) else None)
    if kind == 'classvar':
        f._field_type = _FIELD_CLASSVAR
    elif kind == 'initvar':
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default is not MISSING and not _hashable(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# --- __init__ ------------------------------------------------------------

def _name_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _missing(qualname, kind, names):
    s = '' if len(names) == 1 else 's'
    return TypeError(f'{qualname}() missing {len(names)} required {kind} '
                     f'argument{s}: {_name_list(names)}')


def _too_many(qualname, positional, given, kwonly_given):
    n = len(positional) + 1
    n_defaults = sum(1 for f in positional if _has_default(f))
    if n_defaults:
        sig = f'from {n - n_defaults} to {n}'
        plural = 's'
    else:
        sig = str(n)
        plural = '' if n == 1 else 's'
    if kwonly_given:
        ks = '' if kwonly_given == 1 else 's'
        tail = (f' positional arguments (and {kwonly_given} keyword-only '
                f'argument{ks}) were given')
    else:
        tail = ' were given'
    return TypeError(f'{qualname}() takes {sig} positional argument{plural} '
                     f'but {given + 1}{tail}')


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _bind(qualname, positional, kwonly, args, kwargs):
    """Match ``args``/``kwargs`` to the init fields like CPython's frames
    do: a dict of values by name (defaults not filled in)."""
    values = {}
    for f, a in zip(positional, args):
        values[f.name] = a
    names = {f.name for f in positional}
    knames = {f.name for f in kwonly}
    kwonly_given = 0
    for key, value in kwargs.items():
        if key not in names and key not in knames:
            raise TypeError(f'{qualname}() got an unexpected keyword argument {key!r}')
        if key in values:
            raise TypeError(f'{qualname}() got multiple values for argument {key!r}')
        if key in knames:
            kwonly_given += 1
        values[key] = value
    if len(args) > len(positional):
        raise _too_many(qualname, positional, len(args), kwonly_given)
    missing = [f.name for f in positional if f.name not in values and not _has_default(f)]
    if missing:
        raise _missing(qualname, 'positional', missing)
    missing = [f.name for f in kwonly if f.name not in values and not _has_default(f)]
    if missing:
        raise _missing(qualname, 'keyword-only', missing)
    return values


def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    qualname = f'{cls.__qualname__}.__init__'
    positional = [f for f in std_fields]
    kwonly = [f for f in kw_fields]
    stored = [f for f in all_fields if f._field_type is _FIELD]
    initvars = [f for f in all_fields if f._field_type is _FIELD_INITVAR and f.init]
    setter = object.__setattr__

    def __init__(self, *args, **kwargs):
        values = _bind(qualname, positional, kwonly, args, kwargs)
        for f in stored:
            if f.init:
                if f.name in values:
                    value = values[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                setter(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            extra = []
            for f in initvars:
                extra.append(values[f.name] if f.name in values else f.default)
            self.__post_init__(*extra)

    return __init__


# --- other methods -------------------------------------------------------

_repr_running = set()


def _make_repr(fields_):
    shown = [f.name for f in fields_ if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = ', '.join(f'{name}={getattr(self, name)!r}' for name in shown)
        finally:
            _repr_running.discard(key)
        return f'{type(self).__qualname__}({body})'

    return __repr__


def _values(obj, names):
    return tuple(getattr(obj, n) for n in names)


def _make_eq(names):
    def __eq__(self, other):
        if self is other:
            return True
        if type(other) is type(self):
            # Field by field (as the tuple comparison would), so nested
            # containers of instances compare through their __eq__.
            for name in names:
                a = getattr(self, name)
                b = getattr(other, name)
                if a is not b and not a == b:
                    return False
            return True
        return NotImplemented

    return __eq__


def _make_order(op, names):
    def compare(self, other):
        if type(other) is type(self):
            a = _values(self, names)
            b = _values(other, names)
            if op == '<':
                return a < b
            if op == '<=':
                return a <= b
            if op == '>':
                return a > b
            return a >= b
        return NotImplemented

    return compare


_PLAIN_HASH = frozenset([int, str, float, bool, type(None), bytes, complex])


def _make_hash(names):
    def __hash__(self):
        values = _values(self, names)
        if all(type(v) in _PLAIN_HASH for v in values):
            return hash(values)
        # Taipan's tuple hash does not reach instances' __hash__ yet:
        # combine the fields' own hashes instead.
        return hash(tuple(hash(v) for v in values))

    return __hash__


def _make_frozen(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


# --- the decorator -------------------------------------------------------

def _collect_fields(cls, kw_only):
    all_fields = {}
    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            frozen = getattr(b, _PARAMS).frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            all_frozen_bases = all_frozen_bases and frozen
            any_frozen_base = any_frozen_base or frozen
    own = []
    default_kw = kw_only
    for name, tp in _own_annotations(cls).items():
        if _is_kw_only(tp) or (isinstance(tp, str) and _string_kind(tp) == 'kw_only'):
            if not default_kw is True and default_kw is not False:
                pass
            default_kw = True
            continue
        own.append(_get_field(cls, name, tp, default_kw))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    annotations = _own_annotations(cls)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return all_fields, has_dataclass_bases, any_frozen_base, all_frozen_bases


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    all_fields, has_bases, any_frozen, all_frozen = _collect_fields(cls, kw_only)
    if has_bases:
        if any_frozen and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash,
                                           frozen, match_args, kw_only, slots,
                                           weakref_slot))
    setattr(cls, _FIELDS, all_fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    fields_ = [f for f in all_fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in all_fields.values()
                   if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    std = [f for f in init_fields if not f.kw_only]
    kwf = [f for f in init_fields if f.kw_only]
    if init:
        seen_default = None
        for f in std:
            if _has_default(f):
                seen_default = f
            elif seen_default is not None:
                raise TypeError(f'non-default argument {f.name!r} follows '
                                f'default argument {seen_default.name!r}')
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, list(all_fields.values()), std, kwf,
                                      frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(fields_))
    compare_names = [f.name for f in fields_ if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(compare_names))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            fn = _make_order(op, compare_names)
            fn.__name__ = name
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__} Consider using functools.total_ordering')
    if frozen:
        names = tuple(f.name for f in fields_)
        setter, deleter = _make_frozen(cls, names)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    hash_names = [f.name for f in fields_ if (f.compare if f.hash is None else f.hash)]
    _apply_hash(cls, unsafe_hash, eq, frozen, has_explicit_hash, hash_names)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std))
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _apply_hash(cls, unsafe_hash, eq, frozen, has_explicit_hash, names):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _set_qualname(cls, _make_hash(names))
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _set_qualname(cls, _make_hash(names))
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None


def _add_slots(cls, is_frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        for s in b.__dict__.get('__slots__', ()):
            inherited.add(s)
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = cls.__qualname__
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add ``__init__``, ``__repr__``, ``__eq__``... to a class from its
    annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# --- module functions ----------------------------------------------------

def fields(class_or_instance):
    """The fields of a dataclass or instance (a tuple of Field)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether ``obj`` is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


_ATOMIC = (type(None), bool, int, float, str, complex, bytes, type)


def _copy_value(obj):
    if isinstance(obj, _ATOMIC):
        return obj
    try:
        import copy
        return copy.deepcopy(obj)
    except ImportError:
        return obj


def _asdict_inner(obj, dict_factory):
    if type(obj) in _ATOMIC:
        return obj
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy_value(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in _ATOMIC:
        return obj
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy_value(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def replace(obj, /, **changes):
    """A new instance of ``obj``'s class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f"field {f.name} is declared with "
                                 f'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None, decorator=dataclass):
    """Create a dataclass from a list of field specifications."""
    ns = dict(namespace) if namespace is not None else {}
    seen = set()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns['__annotations__'] = annotations
    if module is not None:
        ns['__module__'] = module
    cls = type(cls_name, tuple(bases), ns)
    return decorator(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
