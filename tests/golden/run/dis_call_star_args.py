# calls with *args/**kwargs: CALL_FUNCTION_EX; f(*x) passes x itself
import dis

def f(*a, **k):
    return a, k

for v in [(1, 2), [3], "ab", iter([5]), range(2), {7: 0}]:
    print(f(*v))
for bad in [5, None, 1.5]:
    try:
        f(*bad)
    except TypeError as e:
        print(e)
    try:
        f(0, *bad)
    except TypeError as e:
        print(e)
try:
    print(*7)
except TypeError as e:
    print(e)

class G:
    def __iter__(self):
        raise TypeError("inner")

try:
    f(*G())
except TypeError as e:
    print(e)
print(f(1, *[2], 3, x=1, **{"y": 2}, z=3))
print(f(*[1], *(2,)), [*"xy", 0], (0, *"q"), sorted({*"ab", "c"}))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
dis.dis("f(*a)")
dis.dis("f(a, *b, c, d=e, **g, h=i)")
dis.dis("[a, *b, c]")
dis.dis("{*a, b}")
