class K:
    def method(self):
        pass
class CallMe:
    def __call__(self):
        return "called"
print(callable(len), callable(K), callable(K()), callable(K().method), callable(lambda: 0))
print(callable(CallMe()), callable(1), callable("s"), callable(None), callable(int), callable([].append))
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]), type(id(x)).__name__)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False), hash("a") == hash("a"))
print(hash((1, 2)) == hash((1, 2)), hash(-1), hash(-2), hash(12345))
print(hash(float("inf")), hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
class H:
    def __hash__(self):
        return 42
class NoHash:
    __hash__ = None
print(hash(H()))
for v in [[], {}, set(), NoHash(), ([],), bytearray()]:
    try:
        hash(v)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    {[]: 1}
except TypeError as ex:
    print("TypeError:", ex)
try:
    {[1]}
except TypeError as ex:
    print("TypeError:", ex)
callable()
