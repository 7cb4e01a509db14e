class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)
    def __repr__(self):
        return f"Field({self.name})"


class Positive(Field):
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")
        super().__set__(obj, value)


class Model:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            if k not in self._fields:
                raise AttributeError(f"unknown field {k}")
            setattr(self, k, v)
    def __repr__(self):
        parts = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({parts})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self._fields)


class User(Model):
    name = Field(str, "anon")
    age = Positive(int, 1)


u = User(name="ann", age=30)
print(u, User._fields, User.name, User.age.kind.__name__)
print(User(), User() == User(), u == User(name="ann", age=30))
for bad in [dict(name=5), dict(age=-1), dict(age="x"), dict(email="e")]:
    try:
        User(**bad)
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
u.age = 31
print(u.age, u._age, sorted(u.__dict__))
