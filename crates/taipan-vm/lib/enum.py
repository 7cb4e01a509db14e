"""Enumerations (Taipan's own implementation).

``EnumType`` turns the plain names of a class body into members once the
body has run (auto values, aliases, ``_missing_``, ``_generate_next_value_``
are resolved in definition order); ``Flag`` members combine into
pseudo-members named like ``R|W``.
"""

__all__ = [
    'EnumType', 'EnumMeta', 'EnumDict', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
    'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member',
    'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
    'pickle_by_enum_name', 'show_flag_values',
]

_builtin_property = property
_function = type(lambda: None)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Use in an Enum body: the value is generated automatically."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value

    def __or__(self, other):
        return _AutoExpr('|', self, other)

    def __and__(self, other):
        return _AutoExpr('&', self, other)

    def __xor__(self, other):
        return _AutoExpr('^', self, other)

    def __add__(self, other):
        return _AutoExpr('+', self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__
    __radd__ = __add__


class _AutoExpr(auto):
    """An expression over ``auto()`` values in a class body (``A | B``):
    Taipan's class namespace is a plain dict, so ``auto`` values are
    resolved after the body runs and such expressions wait for them."""

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.value = _auto_null

    def resolve(self):
        a = _resolved(self.left)
        b = _resolved(self.right)
        if self.op == '|':
            return a | b
        if self.op == '&':
            return a & b
        if self.op == '^':
            return a ^ b
        return a + b


def _resolved(x):
    if isinstance(x, _AutoExpr):
        return x.resolve()
    if isinstance(x, auto):
        return x.value
    return x


class member:
    """Force an object to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep an object out of the members."""

    def __init__(self, value):
        self.value = value


property = _builtin_property
Flag = None


class _MappingProxy:
    """A read-only view of the members by name (``__members__``)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'


class EnumDict(dict):
    """The namespace of an enum class body (a plain dict in Taipan)."""


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % cls_name.lstrip('_')
    return name.startswith(pattern) and not name.endswith('__')


_DESCRIPTOR_TYPES = frozenset(['function', 'classmethod', 'staticmethod', 'property',
                               'builtin_function_or_method', 'method'])


def _is_descriptor(obj):
    if isinstance(obj, type) or type(obj).__name__ in _DESCRIPTOR_TYPES:
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _member_type_of(bases):
    """The data type members also derive from (``int`` for IntEnum)."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in _own_dict(base) or not isinstance(base, type) or _is_builtin(base):
                return base
    return object


def _is_builtin(cls):
    return cls in (int, str, float, bytes, tuple, complex, frozenset, bool)


def _own_dict(cls):
    try:
        return cls.__dict__
    except AttributeError:
        return {}


def _first_enum(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


class EnumType(type):
    """Metaclass of Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        members = []
        body = {}
        for key, value in classdict.items():
            if isinstance(value, nonmember):
                body[key] = value.value
            elif isinstance(value, member):
                members.append((key, value.value))
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                body[key] = value
            else:
                members.append((key, value))
        for key, _ in members:
            if key in ('mro', ''):
                raise ValueError(f'Invalid enum member name: {key!r}')
        first_enum = _first_enum(bases)
        if first_enum is not None and first_enum._member_names_:
            raise TypeError(f'<enum {cls!r}> cannot extend {first_enum!r}')
        member_type = _member_type_of(bases)
        new_member = body.get('__new__')
        if new_member is not None:
            body['_new_member_'] = new_member
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_creating_'] = True
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if boundary is None:
            boundary = getattr(enum_class, '_boundary_', None)
        enum_class._boundary_ = boundary
        if new_member is None:
            for base in enum_class.__mro__[1:]:
                found = _own_dict(base).get('_new_member_')
                if found is not None:
                    new_member = found
                    break
        gen = enum_class._generate_next_value_
        last_values = []
        for name, value in members:
            if isinstance(value, _AutoExpr):
                value = value.resolve()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(name, 1, len(last_values), last_values[:])
                              if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            _add_member(enum_class, name, value, member_type, new_member)
        if Flag is not None and issubclass(enum_class, Flag):
            _finish_flag(enum_class)
        type.__setattr__(enum_class, '_creating_', False)
        return enum_class

    def __call__(cls, value, names=None, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._unhashable_values_:
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} '
                        f'instead of None or a valid member')

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = EnumType if not isinstance(cls, EnumType) else builtins_type(cls)
        return metacls(class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return any(m._value_ == value for m in cls._unhashable_values_)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(dict(cls._member_map_))

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __setattr__(cls, name, value):
        if not _own_dict(cls).get('_creating_', False):
            if name in _own_dict(cls).get('_member_map_', {}):
                raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __dir__(cls):
        names = set(object.__dir__(cls)) if hasattr(object, '__dir__') else set()
        return sorted(names | set(cls._member_names_))


EnumMeta = EnumType


def builtins_type(obj):
    return type(obj)


def _add_member(enum_class, name, value, member_type, new_member):
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    if new_member is not None:
        obj = new_member(enum_class, *args)
    elif member_type is object:
        obj = object.__new__(enum_class)
    else:
        obj = member_type.__new__(enum_class, *args)
    if not hasattr(obj, '_value_'):
        if member_type is object:
            obj._value_ = value
        else:
            try:
                obj._value_ = member_type(*args)
            except Exception:
                obj._value_ = value
    value = obj._value_
    obj._name_ = name
    obj._sort_order_ = len(enum_class._member_names_)
    init = _member_init(enum_class)
    if init is not None:
        init(obj, *args)
    flag = Flag is not None and issubclass(enum_class, Flag)
    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for m in enum_class._unhashable_values_:
            if m._value_ == value:
                canonical = m
                break
    if canonical is not None:
        obj = canonical
    elif flag and isinstance(value, int) and (value == 0 or value & (value - 1)):
        # A multi-bit (or zero) flag value is an alias-like member.
        pass_through = True
        enum_class._member_map_[name] = obj
        _store(enum_class, name, obj, value)
        return
    else:
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = obj
    _store(enum_class, name, obj, value)


def _member_init(enum_class):
    """A user-defined ``__init__`` for the members, if any."""
    for base in enum_class.__mro__:
        if base is Enum or base is object or not isinstance(base, EnumType):
            return None
        init = _own_dict(base).get('__init__')
        if init is not None:
            return init
    return None


def _store(enum_class, name, obj, value):
    try:
        if value not in enum_class._value2member_map_:
            enum_class._value2member_map_[value] = obj
    except TypeError:
        enum_class._unhashable_values_.append(obj)
    type.__setattr__(enum_class, name, obj)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                continue
        raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        v_repr = type(self)._value_repr_ or repr
        return f'<{type(self).__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                           'name', 'value']) | set(getattr(self, '__dict__', {})))

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    _value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    _value_repr_ = int.__repr__

    def __str__(self):
        return int.__repr__(int(self._value_))

    def __format__(self, format_spec):
        return format(int(self._value_), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    _value_repr_ = str.__repr__

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(Enum):
    """How Flag treats values with bits that are not members."""

    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP

Flag = None


class Flag(Enum, boundary=STRICT):
    """Support for bit flags: members combine with | & ^ ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(v for v in last_values if isinstance(v, int))
        return 2 ** last.bit_length()

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        boundary = cls._boundary_
        neg = value < 0
        if neg:
            value = (cls._all_bits_ + 1 + value) if boundary is not KEEP or cls._member_type_ is not int \
                else value
        if value < 0 or value & ~flag_mask:
            if boundary is STRICT:
                bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(
                    f'{cls!r} invalid value {value}\n'
                    f'    given {_bin(value, bits)}\n'
                    f'  allowed {_bin(flag_mask, bits)}')
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
        pseudo = _make_pseudo(cls, value)
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {type(self).__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(type(self)._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = type(self).__name__
        v_repr = type(self)._value_repr_ or repr
        if self._name_ is None:
            return f'<{cls_name}: {v_repr(self._value_)}>'
        return f'<{cls_name}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, type(self)):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ ^ other_value)

    def __invert__(self):
        cls = type(self)
        return cls(cls._flag_mask_ ^ self._value_ if self._value_ >= 0 else ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(num, width):
    digits = bin(num)[2:].zfill(width)
    return '0b0 ' + digits if num >= 0 else '0b1 ' + digits


def _make_pseudo(cls, value):
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    member_type = cls._member_type_
    if member_type is object:
        pseudo = object.__new__(cls)
    else:
        pseudo = member_type.__new__(cls, value)
    pseudo._value_ = value
    names = [m._name_ for m in cls._iter_member_(value)]
    covered = 0
    for m in cls._iter_member_(value):
        covered |= m._value_
    if value == 0:
        pseudo._name_ = None
    elif not names:
        pseudo._name_ = None
    else:
        extra = value & ~covered
        pseudo._name_ = '|'.join(names) + (f'|{extra}' if extra else '')
    if covered == value or cls._boundary_ is not KEEP:
        cls._value2member_map_.setdefault(value, pseudo)
    return pseudo


def _finish_flag(cls):
    flag_mask = 0
    singles = 0
    for name, m in cls._member_map_.items():
        v = m._value_
        if isinstance(v, int):
            flag_mask |= v
            if v and not v & (v - 1):
                singles |= v
    type.__setattr__(cls, '_flag_mask_', flag_mask)
    type.__setattr__(cls, '_singles_mask_', singles)
    type.__setattr__(cls, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
    for name, m in list(cls._member_map_.items()):
        v = m._value_
        if name not in cls._member_names_ and isinstance(v, int) and v and v & (v - 1):
            # A multi-bit alias is shown by its own name.
            pass


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    _value_repr_ = int.__repr__

    def __str__(self):
        return int.__repr__(int(self._value_))

    def __format__(self, format_spec):
        return format(int(self._value_), format_spec)

    def __or__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        return cls(cls._flag_mask_ ^ self._value_)


def unique(enumeration):
    """Class decorator: no two members may share a value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


class EnumCheck(StrEnum):
    """Properties ``verify`` can check."""

    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


class verify:
    """Class decorator checking an enumeration's properties."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = sorted(set(m.value for m in enumeration))
                if len(values) < 2:
                    continue
                low, high = values[0], values[-1]
                missing = [v for v in range(low, high) if v not in values]
                if missing:
                    raise ValueError(f'invalid enum {cls_name!r}: missing values '
                                     f'{", ".join(str(m) for m in missing)}')
        return enumeration


def global_enum_repr(self):
    return f'{type(self).__module__}.{self._name_}'


def global_flag_repr(self):
    return f'{type(self).__module__}.{self._name_}'


def global_str(self):
    return self._name_


def global_enum(cls, update_str=False):
    cls.__repr__ = global_enum_repr
    if update_str:
        cls.__str__ = global_str
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (type(self), self._name_)


def show_flag_values(value):
    return [1 << i for i in range(value.bit_length()) if value & (1 << i)]
