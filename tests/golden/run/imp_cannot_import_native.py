# "cannot import name" from a built-in module: unknown location.
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_thing
except ImportError as e:
    print(e)
from math import floor, sqrt
print(floor(2.5), sqrt(16))
from time import not_a_clock
