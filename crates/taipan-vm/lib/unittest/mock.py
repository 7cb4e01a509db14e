"""unittest.mock basics (Taipan's own): Mock, MagicMock, NonCallableMock,
call, ANY, DEFAULT, sentinel, patch / patch.object / patch.dict,
create_autospec-free. Assertion messages are CPython's."""

import builtins
import contextlib
import functools
import importlib

from .util import safe_repr

__unittest = True

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock',
           'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'PropertyMock',
           'seal', 'mock_open')


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'sentinel.{self.name}'


class _Sentinel:
    """sentinel.NAME: a unique object per name."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += [f'{k}={v!r}' for k, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"


class _Call(tuple):
    """A recorded call: (name, args, kwargs); call(...) builds one."""

    def __new__(cls, value=(), name='', parent=None, two=False,
                from_kall=True):
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            args, kwargs = value
        else:
            args, kwargs = (), {}
        if two:
            return tuple.__new__(cls, (tuple(args), dict(kwargs)))
        return tuple.__new__(cls, (name, tuple(args), dict(kwargs)))

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return '', self[0], self[1]
        return self

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        name, args, kwargs = self._parts()
        if len_other == 3:
            o_name, o_args, o_kwargs = other
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                o_name, o_args, o_kwargs = first, second, {}
                if isinstance(second, dict):
                    o_args, o_kwargs = (), second
            else:
                o_name, o_args, o_kwargs = '', first, second
        elif len_other == 1:
            (value,) = other
            o_name, o_args, o_kwargs = '', (), {}
            if isinstance(value, str):
                o_name = value
            elif isinstance(value, tuple):
                o_args = value
            else:
                o_kwargs = value
        elif len_other == 0:
            o_name, o_args, o_kwargs = '', (), {}
        else:
            return False
        if len(self) == 3 and len_other == 3 and name and o_name \
                and name != o_name:
            return False
        return (tuple(args), kwargs) == (tuple(o_args), o_kwargs)

    __ne__ = object.__ne__
    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs),
                     name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        name = attr if self._mock_name is None else \
            f'{self._mock_name}.{attr}'
        return _Call(name=name, parent=self, from_kall=False)

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.' + name
        else:
            name = 'call' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls of a chained call, in order."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a sub-sequence."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return any(item is value or item == value for item in self)
        n = len(value)
        return any(_CallList(self[i:i + n]) == value
                   for i in range(len(self) - n + 1))

    def __eq__(self, other):
        # Compare item by item so that _Call.__eq__ decides.
        if not isinstance(other, list):
            return NotImplemented
        return len(self) == len(other) and all(
            a is b or a == b for a, b in zip(self, other))

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __repr__(self):
        return repr(list(self))


class NonCallableMock:
    """A mock object: attributes are mocks made on first access."""

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _new_name='', _new_parent=None,
                 unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        d['_spec_class'] = None
        d['_mock_methods'] = None
        d['_mock_sealed'] = False
        d['method_calls'] = _CallList()
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['call_args'] = None
        d['call_count'] = 0
        d['called'] = False
        if spec_set is not None:
            spec = spec_set
        if spec is not None:
            if not isinstance(spec, list):
                d['_spec_class'] = spec if isinstance(spec, type) \
                    else type(spec)
                spec = dir(spec)
            d['_mock_methods'] = spec
        d['_spec_set'] = spec_set is not None
        self.configure_mock(**kwargs)

    def configure_mock(self, /, **kwargs):
        """Set attributes, dotted names reaching child mocks."""
        for arg, val in sorted(kwargs.items(),
                               key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT and self._mock_wraps is None:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if isinstance(value, NonCallableMock) and \
                value._mock_new_parent is None:
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and \
                not isinstance(value, BaseException) and \
                not (isinstance(value, type) and
                     issubclass(value, BaseException)):
            value = iter(value)
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        """Forget the calls (of the children too)."""
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock):
                child.reset_mock(return_value=return_value,
                                 side_effect=side_effect)
        ret = d['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock()

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_check_sig'}:
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods:
                raise AttributeError(f"Mock object has no attribute {name!r}")
        elif name.startswith(('assert', 'assret', 'asert', 'aseert',
                              'assrt')) or name.startswith('__'):
            if name.startswith('__'):
                raise AttributeError(name)
            raise AttributeError(
                f"{name!r} is not a valid assertion. Use a spec for the "
                f"mock if {name!r} is meant to be an attribute.")
        result = self._mock_children.get(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name,
                                          wraps=wraps, _new_name=name,
                                          _new_parent=self)
            self._mock_children[name] = result
        return result

    def __setattr__(self, name, value):
        if name in ('return_value', 'side_effect') or name.startswith('_'):
            object.__setattr__(self, name, value)
            return
        if self._spec_set and self._mock_methods is not None and \
                name not in self._mock_methods and name not in self.__dict__:
            raise AttributeError(f"Mock object has no attribute '{name}'")
        if isinstance(value, NonCallableMock) and \
                value._mock_new_parent is None and value._mock_name is None:
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = name
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_name'] = name
            self._mock_children[name] = value
            return
        if name in _all_magics and isinstance(self, MagicMixin):
            self._mock_children[name] = value
            return
        self._mock_children.pop(name, None)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self.__dict__:
            object.__delattr__(self, name)
        self._mock_children[name] = None

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        names = list(reversed(names))
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else f' name={name!r}'
        spec_string = ''
        if self._spec_class is not None:
            spec_string = f' spec={self._spec_class.__name__!r}'
        return (f"<{type(self).__name__}{name_string}{spec_string} "
                f"id='{id(self)}'>")

    def __dir__(self):
        extras = self._mock_methods or []
        return sorted(set(extras + list(self._mock_children) +
                          list(type(self).__dict__) + list(self.__dict__)))

    def _get_child_mock(self, /, **kw):
        if self._mock_sealed:
            attribute = f".{kw['name']}" if "name" in kw else "()"
            raise AttributeError(self._extract_mock_name() + attribute)
        klass = type(self)
        if not issubclass(klass, CallableMixin):
            klass = MagicMock if issubclass(klass, MagicMixin) else Mock
        for base in klass.__mro__:
            if base.__module__ == __name__:
                klass = base
                break
        return klass(**kw)

    def _calls_repr(self):
        if not self.mock_calls:
            return ""
        return f"\nCalls: {safe_repr(self.mock_calls)}."

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError(
                f"Expected '{self._mock_name or 'mock'}' to not have been "
                f"called. Called {self.call_count} times.{self._calls_repr()}")

    def assert_called(self):
        """Fail unless the mock was called."""
        if self.call_count == 0:
            raise AssertionError(
                f"Expected '{self._mock_name or 'mock'}' to have been called.")

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if not self.call_count == 1:
            raise AssertionError(
                f"Expected '{self._mock_name or 'mock'}' to have been called "
                f"once. Called {self.call_count} times.{self._calls_repr()}")

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        expected = self._format_mock_call_signature(args, kwargs)
        if self.call_args is None:
            raise AssertionError(f'expected call not found.\nExpected: '
                                 f'{expected}\n  Actual: not called.')
        if self.call_args != _Call((args, kwargs), two=True):
            actual = self._format_mock_call_signature(*self.call_args)
            raise AssertionError(f'expected call not found.\nExpected: '
                                 f'{expected}\n  Actual: {actual}')

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called once, with these arguments."""
        if not self.call_count == 1:
            raise AssertionError(
                f"Expected '{self._mock_name or 'mock'}' to be called once. "
                f"Called {self.call_count} times.{self._calls_repr()}")
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds calls (in order unless any_order)."""
        expected = list(calls)
        if not any_order:
            if expected not in self.mock_calls:
                raise AssertionError(
                    f'Calls not found.\nExpected: {_CallList(calls)}\n'
                    f'  Actual: {safe_repr(self.mock_calls)}')
            return
        remaining = list(self.mock_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r '
                'instead' % (self._mock_name or 'mock', tuple(not_found),
                             remaining))

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call had these arguments."""
        expected = _Call((args, kwargs), two=True)
        if expected not in self.call_args_list:
            raise AssertionError(
                f'{self._format_mock_call_signature(args, kwargs)} call not '
                f'found')

    def attach_mock(self, mock, attribute):
        """Make mock a child of this one, named attribute."""
        mock.__dict__['_mock_parent'] = None
        mock.__dict__['_mock_new_parent'] = None
        mock.__dict__['_mock_name'] = None
        mock.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the attributes to those of spec."""
        self.__dict__['_mock_methods'] = spec if isinstance(spec, list) \
            else dir(spec)
        self.__dict__['_spec_set'] = spec_set


class CallableMixin:
    """Calls are recorded, then side_effect / return_value decide."""

    def __call__(self, /, *args, **kwargs):
        self._record_call(args, kwargs)
        return self._execute(args, kwargs)

    def _record_call(self, args, kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        this = _Call((args, kwargs), two=True)
        d['call_args'] = this
        self.call_args_list.append(this)
        self.mock_calls.append(_Call(('', args, kwargs)))
        name = self._mock_new_name
        child = self
        parent = self._mock_new_parent
        do_method_calls = self._mock_parent is not None
        method_name = self._mock_name
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call((method_name, args,
                                                  kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_name = parent._mock_name + '.' + method_name
            parent.mock_calls.append(_Call((name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if name.startswith('()') else '.'
                name = parent._mock_new_name + dot + name
            child = parent
            parent = parent._mock_new_parent

    def _execute(self, args, kwargs):
        effect = self.side_effect
        if effect is not None:
            if isinstance(effect, BaseException) or (
                    isinstance(effect, type) and
                    issubclass(effect, BaseException)):
                raise effect
            if not callable(effect):
                result = next(effect)
                if isinstance(result, BaseException) or (
                        isinstance(result, type) and
                        issubclass(result, BaseException)):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock."""


_magic_defaults = {
    '__len__': 0, '__int__': 1, '__float__': 1.0, '__complex__': 1j,
    '__bool__': True, '__index__': 1, '__hash__': None, '__str__': None,
    '__sizeof__': None, '__contains__': False, '__exit__': False,
    '__fspath__': None,
}
_all_magics = {
    '__len__', '__iter__', '__contains__', '__getitem__', '__setitem__',
    '__delitem__', '__enter__', '__exit__', '__int__', '__float__',
    '__complex__', '__bool__', '__index__', '__lt__', '__gt__', '__le__',
    '__ge__', '__add__', '__sub__', '__mul__', '__truediv__',
    '__floordiv__', '__mod__', '__radd__', '__rsub__', '__rmul__',
    '__iadd__', '__isub__', '__neg__', '__pos__', '__abs__', '__invert__',
    '__and__', '__or__', '__xor__', '__str__', '__round__', '__next__',
    '__aenter__', '__aexit__', '__fspath__',
}


def _magic_returning(value):
    def method(self, /, *args, **kw):
        return value
    return method


class MagicMixin:
    """Magic methods configured with CPython's defaults; assignable."""

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)


class _MagicProxy:
    """A magic method of MagicMock: reading it gives the instance's child
    mock for that name (made with CPython's default return value)."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        child = obj._magic_child(self.name)
        if not isinstance(child, NonCallableMock) and callable(child):
            return functools.partial(child, obj)
        return child


def _magic_method(name):
    # The VM calls special methods found on the type as plain functions.
    def method(self, /, *args, **kwargs):
        return _MagicProxy(name).__get__(self)(*args, **kwargs)
    method.__name__ = name
    return method


def _make_magic_child(self, name):
    children = self.__dict__['_mock_children']
    child = children.get(name)
    if child is None:
        child = MagicProxyMock(name=name, parent=self, _new_name=name,
                               _new_parent=self)
        if name == '__iter__':
            child.return_value = iter([])
        elif name in ('__eq__', '__ne__'):
            pass
        elif name in _magic_defaults:
            default = _magic_defaults[name]
            if name == '__hash__':
                default = object.__hash__(self)
            elif name == '__str__':
                default = object.__str__(self)
            elif name == '__sizeof__':
                default = object.__sizeof__(self)
            elif name == '__fspath__':
                default = f"{type(self).__name__}/" \
                          f"{self._extract_mock_name()}/{id(self)}"
            if default is not None or name not in ('__hash__',):
                child.return_value = default
        children[name] = child
    return child


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods preconfigured."""

    def _magic_child(self, name):
        return _make_magic_child(self, name)

    def __getattribute__(self, name):
        if name in _all_magics or name in ('__str__', '__hash__',
                                           '__sizeof__'):
            return _MagicProxy(name).__get__(self)
        return object.__getattribute__(self, name)

    def __iter__(self):
        child = self._magic_child('__iter__')
        result = child(self) if not isinstance(child, NonCallableMock) \
            else child()
        return iter(result)

    def __eq__(self, other):
        child = self.__dict__['_mock_children'].get('__eq__')
        if child is not None and child._mock_return_value is not DEFAULT:
            return child(other)
        return self is other

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = _magic_method('__hash__')


for _name in sorted(_all_magics | {'__str__', '__hash__', '__sizeof__'}):
    if _name not in ('__iter__', '__hash__'):
        setattr(MagicMock, _name, _magic_method(_name))
del _name


class MagicProxyMock(Mock):
    """The mock behind one magic method of a MagicMock."""


class NonCallableMagicMock(MagicMock):
    """A MagicMock that cannot be called."""

    def __call__(self, *args, **kwargs):
        raise TypeError(f"'{type(self).__name__}' object is not callable")


class PropertyMock(Mock):
    """A mock used as a property on a class: get calls it with no
    arguments, set with the value."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Refuse new child mocks (also below mock)."""
    mock.__dict__['_mock_sealed'] = True
    for child in mock._mock_children.values():
        if isinstance(child, NonCallableMock):
            seal(child)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = importlib.import_module(import_path)
    for comp in components:
        import_path += f".{comp}"
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            thing = importlib.import_module(import_path)
    return thing


class _patch:
    """Replace an attribute for the duration of a with block or a call."""

    def __init__(self, getter, attribute, new, create=False, **kwargs):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.create = create
        self.kwargs = kwargs
        self.attribute_name = None

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.create,
                      **self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for attr in dir(func):
                if attr.startswith('test'):
                    value = getattr(func, attr)
                    if callable(value):
                        setattr(func, attr, self.copy()(value))
            return func
        patcher = self

        @functools.wraps(func)
        def patched(*args, **kwargs):
            with patcher.copy() as new:
                extra = (new,) if patcher.new is DEFAULT else ()
                return func(*args, *extra, **kwargs)
        return patched

    def __enter__(self):
        self.target = self.getter()
        original = getattr(self.target, self.attribute, _missing)
        if original is _missing and not self.create:
            raise AttributeError(f"{self.target} does not have the "
                                 f"attribute {self.attribute!r}")
        self.temp_original = original
        self.is_local = original is not _missing and \
            self.attribute in getattr(self.target, '__dict__', {})
        new = self.new
        if new is DEFAULT:
            new = MagicMock(**self.kwargs)
        self.new_value = new
        setattr(self.target, self.attribute, new)
        return new

    def __exit__(self, *exc_info):
        if self.temp_original is _missing:
            delattr(self.target, self.attribute)
        else:
            setattr(self.target, self.attribute, self.temp_original)
        return False

    def start(self):
        """Apply the patch until stop()."""
        return self.__enter__()

    def stop(self):
        """Undo start()."""
        return self.__exit__(None, None, None)


class _patch_dict:
    """Set keys of a dict for a with block or a call, then restore it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear

    def __call__(self, func):
        @functools.wraps(func)
        def patched(*args, **kw):
            with _patch_dict(self.in_dict, self.values, self.clear):
                return func(*args, **kw)
        return patched

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        self._original = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *args):
        self.in_dict.clear()
        self.in_dict.update(self._original)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, **kwargs):
    """Patch 'package.module.attribute' with new (a MagicMock)."""
    if not isinstance(target, str):
        raise TypeError(f"{target!r} must be the actual object to be "
                        f"patched, not a str")
    try:
        target_path, attribute = target.rsplit('.', 1)
    except ValueError:
        raise TypeError(f"Need a valid target to patch. You supplied: "
                        f"{target!r}") from None
    if new_callable is not None and new is DEFAULT:
        new = new_callable(**kwargs)
    elif spec is not None or spec_set is not None:
        kwargs = dict(kwargs, spec=spec, spec_set=spec_set)
    return _patch(lambda: _importer(target_path), attribute, new, create,
                  **kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, **kwargs):
    if isinstance(target, str):
        raise TypeError(f"{target!r} must be the actual object to be "
                        f"patched, not a str")
    if new_callable is not None and new is DEFAULT:
        new = new_callable(**kwargs)
    elif spec is not None or spec_set is not None:
        kwargs = dict(kwargs, spec=spec, spec_set=spec_set)
    return _patch(lambda: target, attribute, new, create, **kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    if isinstance(target, str):
        target = _importer(target)
    return contextlib.ExitStack()  # pragma: no cover - rarely used


patch.object = _patch_object
patch.dict = _patch_dict
patch.TEST_PREFIX = 'test'


def mock_open(mock=None, read_data=''):
    """A mock of open() whose handle reads read_data."""
    import io
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock()
    handle.__enter__.return_value = handle

    def reset(*args, **kwargs):
        data = io.StringIO(read_data) if isinstance(read_data, str) \
            else io.BytesIO(read_data)
        handle.read.side_effect = lambda *a: data.read(*a)
        handle.readline.side_effect = lambda *a: data.readline(*a)
        handle.readlines.side_effect = lambda *a: data.readlines(*a)
        handle.__iter__.return_value = iter(data.getvalue().splitlines(True))
        return DEFAULT

    reset()
    mock.side_effect = reset
    mock.return_value = handle
    return mock
