# warnings.deprecated misuse
from warnings import deprecated

try:
    deprecated(42)
except TypeError as e:
    print("TypeError:", e)
try:
    deprecated(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    deprecated("msg")(5)
except TypeError as e:
    print("TypeError:", e)
try:
    deprecated("msg", DeprecationWarning)
except TypeError as e:
    print("TypeError:", e)
try:
    deprecated("msg", category=None)(5)
except AttributeError as e:
    print("AttributeError:", e)
def f():
    pass


print(deprecated("msg", category=None)(f) is f, f.__deprecated__)
