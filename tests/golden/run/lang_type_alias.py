# type statements: TypeAliasType with a lazily evaluated value.
type Vector = list
print(Vector, type(Vector).__name__, Vector.__name__)
print(Vector.__value__)
print(Vector.__type_params__)

type Later = Undefined
print(Later.__name__)
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
Undefined = "defined now"
print(Later.__value__)

def make():
    local = int
    type Alias = (str, local)
    return Alias
a = make()
print(a, a.__value__)

calls = []
def value():
    calls.append(1)
    return tuple
type Cached = value()
print(Cached.__value__, Cached.__value__, len(calls))

