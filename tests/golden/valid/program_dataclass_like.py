"""Dataclass-like records built with a metaclass."""


class FieldSpec:
    __slots__ = ("name", "default", "kind")

    def __init__(self, default=None, *, kind=object):
        self.name = None
        self.default = default
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name


class RecordMeta(type):
    def __new__(mcls, name, bases, namespace, **options):
        fields = {k: v for k, v in namespace.items() if isinstance(v, FieldSpec)}
        for base in bases:
            fields = {**getattr(base, "_fields", {}), **fields}
        namespace["_fields"] = fields
        namespace["_frozen"] = options.get("frozen", False)
        return super().__new__(mcls, name, bases, namespace)


class Record(metaclass=RecordMeta):
    def __init__(self, **values):
        for name, spec in self._fields.items():
            value = values.pop(name, spec.default)
            if not isinstance(value, spec.kind):
                raise TypeError(f"{name}: expected {spec.kind.__name__}")
            object.__setattr__(self, name, value)
        if values:
            raise TypeError(f"unknown fields: {', '.join(values)}")

    def __setattr__(self, name, value):
        if self._frozen:
            raise AttributeError(f"{type(self).__name__} is frozen")
        super().__setattr__(name, value)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields)

    def __repr__(self):
        body = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({body})"


class Point(Record, frozen=True):
    x = FieldSpec(0, kind=int)
    y = FieldSpec(0, kind=int)


class Point3(Point):
    z = FieldSpec(0, kind=int)


p = Point3(x=1, y=2, z=3)
print(p, p == Point3(x=1, y=2, z=3))
