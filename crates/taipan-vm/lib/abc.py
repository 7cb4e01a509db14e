"""Abstract base classes: ABCMeta, ABC and the abstract decorators.

Taipan's own implementation. Virtual subclasses (``register``) and the
positive/negative results of ``issubclass`` are kept in a per-class
``_abc_impl`` record; the VM refuses to instantiate a class whose
``__abstractmethods__`` is not empty.
"""


def abstractmethod(funcobj):
    """Mark a function as abstract."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """A classmethod that is abstract (deprecated spelling)."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A staticmethod that is abstract (deprecated spelling)."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """A property that is abstract (deprecated spelling)."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset)


_counter = [0]


def get_cache_token():
    """A token that changes whenever an ABC registers a virtual subclass."""
    return _counter[0]


class _abc_data:
    """The registry and caches of one abstract class."""

    def __init__(self):
        self.registry = []
        self.subclasses = []
        self.cache = []
        self.negative = []
        self.version = _counter[0]


def _is_abstract(value):
    try:
        return bool(getattr(value, "__isabstractmethod__", False))
    except Exception:
        return False


def _raw_lookup(cls, name):
    """``name`` as found in the namespaces along the MRO (descriptors
    such as classmethod objects not bound), else ``getattr``."""
    for klass in cls.__mro__:
        try:
            ns = klass.__dict__
        except AttributeError:
            continue
        if name in ns:
            return ns[name]
    return getattr(cls, name, None)


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for key, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(key)
    for base in bases:
        for key in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(_raw_lookup(cls, key)):
                abstracts.add(key)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods after it was changed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for key in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(_raw_lookup(cls, key)):
                abstracts.add(key)
    for key, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(key)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def _contains(items, cls):
    for item in items:
        if item is cls:
            return True
    return False


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_impl = _abc_data()
        for base in bases:
            impl = getattr(base, "_abc_impl", None)
            if isinstance(impl, _abc_data):
                impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _counter[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        try:
            subclass = instance.__class__
        except AttributeError:
            subclass = type(instance)
        impl = cls._abc_impl
        if _contains(impl.cache, subclass):
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.version == _counter[0] and _contains(impl.negative, subclass):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if _contains(impl.cache, subclass):
            return True
        if impl.version < _counter[0]:
            impl.negative = []
            impl.version = _counter[0]
        elif _contains(impl.negative, subclass):
            return False
        hook = getattr(cls, "__subclasshook__", None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                impl.cache.append(subclass)
            else:
                impl.negative.append(subclass)
            return ok
        if _contains(getattr(subclass, "__mro__", ()), cls):
            impl.cache.append(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.append(subclass)
                return True
        for scls in impl.subclasses:
            if issubclass(subclass, scls):
                impl.cache.append(subclass)
                return True
        impl.negative.append(subclass)
        return False

    def _abc_registry_clear(cls):
        """Forget the virtual subclasses (for tests)."""
        cls._abc_impl.registry = []

    def _abc_caches_clear(cls):
        """Forget the cached issubclass results (for tests)."""
        cls._abc_impl.cache = []
        cls._abc_impl.negative = []


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to get ABCMeta as metaclass."""

    __slots__ = ()
