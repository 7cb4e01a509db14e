class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        self._c = v
    @property
    def kelvin(self):
        return self._c + 273
    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, v):
        self._c = (v - 32) * 5 / 9
    fahrenheit = property(_get_f, _set_f)

t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temp.celsius).__name__, Temp.celsius.__doc__ if False else "")
class Sub(Temp):
    @property
    def kelvin(self):
        return "overridden"
print(Sub().kelvin, Sub().celsius)
t.__dict__["kelvin"] = "shadow"
print(t.kelvin)
class Computed:
    @property
    def boom(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"getattr fallback for {name}"
print(Computed().boom)
