a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
print(a)
c |= {"x": None}.items()
print(a)
try:
    a | [("q", 1)]
except TypeError as ex:
    print("TypeError:", ex)
try:
    a | 1
except TypeError as ex:
    print("TypeError:", ex)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {})
print({1: [1, 2]} == {1.0: [1, 2]}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    {1: 2} < {1: 3}
except TypeError as ex:
    print("TypeError:", ex)
d = {}
d[(1, 2)] = "t"
d[1] = "i"
d[1.0] = "f"
print(d, len(d))
del d[1]
print(d)
try:
    del d["missing"]
except KeyError as ex:
    print("KeyError:", ex)
a |= 5
