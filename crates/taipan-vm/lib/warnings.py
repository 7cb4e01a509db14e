"""Issue, filter and show warnings (Taipan's own implementation of the
``warnings`` module of CPython 3.14).

The state lives in this module: ``filters`` (5-tuples ``(action, message,
category, module, lineno)``; ``message``/``module`` are compiled patterns,
plain strings compared for equality, or ``None``), ``defaultaction``,
``onceregistry`` and the filters' version, which each module's
``__warningregistry__`` remembers so a filter change empties it.  Like
CPython's code, every function reads that state through ``_wm`` (the module
as found in ``sys.modules``), so programs may rebind ``warnings.filters``
or ``warnings.showwarning``.  The native ``_warnings`` finds the frame a
``stacklevel`` names (the Python frames and the callers of native code);
the interpreter's own warnings call ``warn_explicit`` here.  This file's
frames are hidden from tracebacks, as CPython's C ``warn`` shows none.
"""

import sys
import _warnings

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings", "deprecated"]

_ACTIONS = ("default", "always", "all", "ignore", "module", "once", "error")

filters = []
_filters_seen = filters
defaultaction = "default"
onceregistry = {}
_filters_version = 1
# The version the registries remember (CPython keeps it in the C state, so
# ``_filters_version`` above never changes).
_filters_state = [0]
_use_context = False
_wm = None


def _set_module(module):
    global _wm
    _wm = module


class _Lock:
    """A lock for the filters (Taipan runs one thread: it never blocks)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return False


_lock = _Lock()


def _acquire_lock():
    pass


def _release_lock():
    pass


def _get_filters():
    """The current list of filters (the last one seen if a program deleted
    ``warnings.filters``, as CPython's C state keeps it)."""
    global _filters_seen
    try:
        found = _wm.filters
    except AttributeError:
        found = _filters_seen
    if not isinstance(found, list):
        raise ValueError("_warnings.filters must be a list")
    _filters_seen = found
    return found


def _filters_mutated_lock_held():
    _filters_state[0] += 1


def _filters_mutated():
    with _wm._lock:
        _wm._filters_mutated_lock_held()


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = _wm.WarningMessage(message, category, filename, lineno, file, line)
    _wm._showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = _wm.WarningMessage(message, category, filename, lineno, None, line)
    return _wm._formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _wm._formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        # No tracemalloc: suggest enabling it, as CPython does.
        text += (f"{category}: Enable tracemalloc to get the object "
                 f"allocation traceback\n")
    return text


def _showwarnmsg(msg):
    """Show a warning through ``showwarning`` if a program replaced it."""
    try:
        sw = _wm.showwarning
    except AttributeError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _wm._showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Format a warning through ``formatwarning`` if a program replaced it."""
    try:
        fw = _wm.formatwarning
    except AttributeError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno,
                      msg.line)
    return _wm._formatwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _check_action(action):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")


def _check_lineno(lineno):
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    _check_lineno(lineno)
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _wm._add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry (any message, any module) into the filters."""
    _check_action(action)
    _check_lineno(lineno)
    _wm._add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    with _wm._lock:
        current = _wm._get_filters()
        if append:
            if item not in current:
                current.append(item)
        else:
            try:
                current.remove(item)
            except ValueError:
                pass
            current.insert(0, item)
        _wm._filters_mutated_lock_held()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    with _wm._lock:
        del _wm._get_filters()[:]
        _wm._filters_mutated_lock_held()


class _OptionError(Exception):
    """Exception used by option processing helpers."""


def _processoptions(args):
    for arg in args:
        try:
            _wm._setoption(arg)
        except _wm._OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _wm._OptionError("too many fields (max 5): %r" % (arg,))
    parts += [''] * (5 - len(parts))
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _wm._getaction(action)
    category = _wm._getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r'\z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _wm._OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    _wm.filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    for name in _ACTIONS:
        if name.startswith(action):
            return name
    raise _wm._OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as owner
        name = category
    else:
        path, _, name = category.rpartition('.')
        try:
            owner = __import__(path, None, None, [name])
        except ImportError:
            raise _wm._OptionError("invalid module name: %r" % (path,)) from None
    try:
        found = getattr(owner, name)
    except AttributeError:
        raise _wm._OptionError(
            "unknown warning category: %r" % (category,)) from None
    if not issubclass(found, Warning):
        raise _wm._OptionError("invalid warning category: %r" % (category,))
    return found


def _is_internal_filename(filename):
    return 'importlib' in filename and '_bootstrap' in filename


def _is_filename_to_skip(filename, skip_file_prefixes):
    return any(filename.startswith(prefix) for prefix in skip_file_prefixes)


def _is_internal_frame(frame):
    """Whether the frame is an internal implementation detail."""
    return _is_internal_filename(frame.f_code.co_filename)


def _next_external_frame(frame, skip_file_prefixes):
    """The next frame out that is neither internal nor skipped."""
    frame = frame.f_back
    while frame is not None and (
            _is_internal_filename(name := frame.f_code.co_filename)
            or _is_filename_to_skip(name, skip_file_prefixes)):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None,
         *, skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, "
                        f"not {type(skip_file_prefixes).__name__}")
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    where = _warnings._location(stacklevel, skip_file_prefixes)
    if where is None:
        globals = sys.__dict__
        filename = "<sys>"
        lineno = 0
    else:
        filename, lineno, globals = where
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    _wm.warn_explicit(message, category, filename, lineno, module, registry,
                      globals, source=source)


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _action_for(text, category, module, lineno):
    """The first filter matching the warning, and its action."""
    i = 0
    for item in _wm._get_filters():
        if type(item) is not tuple or len(item) != 5:
            raise ValueError(f"warnings.filters item {i} isn't a 5-tuple")
        i += 1
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not "
                            f"'{type(action).__name__:.200s}'")
        if ((msg is None or _matches(msg, text))
                & (mod is None or _matches(mod, module))
                and (ln == 0 or lineno == ln) and issubclass(category, cat)):
            return action, item
    action = _wm.defaultaction
    if not isinstance(action, str):
        raise TypeError("warnings.defaultaction must be a string, not "
                        f"'{type(action).__name__:.200s}'")
    return action, None


def _already_warned(registry, key, should_set):
    """Whether ``registry`` has ``key`` (emptied first if the filters
    changed since it was filled); with ``should_set``, add it."""
    version = registry.get('version')
    if type(version) is not int or version != _filters_state[0]:
        registry.clear()
        registry['version'] = _filters_state[0]
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def _once_registry():
    registry = _wm.onceregistry
    if not isinstance(registry, dict):
        raise TypeError("warnings.onceregistry must be a dict, not "
                        f"'{type(registry).__name__:.200s}'")
    return registry


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Low-level interface to warnings functionality."""
    if not isinstance(lineno, int):
        raise TypeError(f"'{type(lineno).__name__}' object cannot be "
                        "interpreted as an integer")
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%.200s'"
                        % type(module_globals).__name__)
    if module is None:
        module = filename[:-3] if filename.endswith(".py") else filename
        module = module or "<unknown>"
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _action_for(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action not in ("always", "all"):
        if registry is not None:
            registry[key] = True
        if action == "once":
            if registry is None:
                registry = _once_registry()
            if _already_warned(registry, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(
                    registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError(
                "Unrecognized action (%r) in warnings.filters:\n %r"
                % (action, item))
    msg = _wm.WarningMessage(message, category, filename, lineno,
                             source=source)
    _wm._showwarnmsg(msg)


class WarningMessage(object):
    """One warning as ``showwarning`` receives it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))

    def __repr__(self):
        return f'<{type(self).__qualname__} {self}>'


class catch_warnings(object):
    """A context manager that saves the filters (and ``showwarning``) on
    entry and restores them on exit; with ``record=True`` it returns the
    list the warnings shown meanwhile are appended to; ``action`` (and
    ``category``, ``lineno``, ``append``) is passed to ``simplefilter``."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        module._filters_mutated_lock_held()
        log = None
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            module.showwarning = module._showwarning_orig
        if self._filter is not None:
            module.simplefilter(*self._filter)
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl
        module._filters_mutated_lock_held()


class deprecated:
    """Indicate that a class, function or overload is deprecated (PEP 702):
    using it issues ``category`` (``DeprecationWarning``) at the caller, or
    ``stacklevel`` frames out; the message is kept as ``__deprecated__``."""

    def __init__(self, message, /, *, category=DeprecationWarning,
                 stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(
                "Expected an object of type str for 'message', not "
                f"{type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        msg = self.message
        category = self.category
        stacklevel = self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            return _deprecate_class(arg, msg, category, stacklevel)
        if callable(arg):
            return _deprecate_callable(arg, msg, category, stacklevel)
        raise TypeError(
            "@deprecated decorator with non-None category must be applied to "
            f"a class or callable, not {arg!r}")


def _deprecate_class(arg, msg, category, stacklevel):
    import functools
    from types import MethodType

    original_new = arg.__new__
    # `original_new is not object.__new__`, asked of the class dicts (a
    # built-in method is made afresh on each access here).
    own_new = _defines(arg, "__new__")

    @functools.wraps(original_new)
    def __new__(cls, /, *args, **kwargs):
        if cls is arg:
            _wm.warn(msg, category=category, stacklevel=stacklevel + 1)
        if own_new:
            return original_new(cls, *args, **kwargs)
        if not _defines(cls, "__init__") and (args or kwargs):
            raise TypeError(f"{cls.__name__}() takes no arguments")
        return original_new(cls)

    arg.__new__ = staticmethod(__new__)
    if "__init_subclass__" in arg.__dict__:
        original_init_subclass = arg.__init_subclass__
        if isinstance(original_init_subclass, MethodType):
            original_init_subclass = original_init_subclass.__func__

        @functools.wraps(original_init_subclass)
        def __init_subclass__(*args, **kwargs):
            _wm.warn(msg, category=category, stacklevel=stacklevel + 1)
            return original_init_subclass(*args, **kwargs)
    else:
        def __init_subclass__(cls, *args, **kwargs):
            _wm.warn(msg, category=category, stacklevel=stacklevel + 1)
            return super(arg, cls).__init_subclass__(*args, **kwargs)

    arg.__init_subclass__ = classmethod(__init_subclass__)
    arg.__deprecated__ = __new__.__deprecated__ = msg
    __init_subclass__.__deprecated__ = msg
    return arg


def _defines(cls, name):
    """Whether ``cls`` gets the method ``name`` from a class other than
    ``object``."""
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _deprecate_callable(arg, msg, category, stacklevel):
    import functools
    import inspect

    @functools.wraps(arg)
    def wrapper(*args, **kwargs):
        _wm.warn(msg, category=category, stacklevel=stacklevel + 1)
        return arg(*args, **kwargs)

    if inspect.iscoroutinefunction(arg):
        marker = getattr(inspect, "markcoroutinefunction", None)
        if marker is not None:
            wrapper = marker(wrapper)
    arg.__deprecated__ = wrapper.__deprecated__ = msg
    return wrapper


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove,
                _version=sys.version_info):
    """Warn that *name* is deprecated and will be removed in *remove*."""
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if (_version[:2] > remove) or (_version[:2] == remove
                                   and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python "
                           f"{remove_formatted} alpha")
    _wm.warn(message.format(name=name, remove=remove_formatted),
             DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    _wm.warn(f"coroutine '{coro.__qualname__}' was never awaited",
             category=RuntimeWarning, stacklevel=2, source=coro)


def _setup_defaults():
    _wm.filters.extend([
        ("default", None, DeprecationWarning, "__main__", 0),
        ("ignore", None, DeprecationWarning, None, 0),
        ("ignore", None, PendingDeprecationWarning, None, 0),
        ("ignore", None, ImportWarning, None, 0),
        ("ignore", None, ResourceWarning, None, 0),
    ])


_set_module(sys.modules[__name__])
_setup_defaults()
_processoptions(sys.warnoptions)
