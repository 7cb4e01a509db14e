# A class whose __annotate__ returns a non-dict; a module-level
# annotation that fails when evaluated.
class C:
    x: int


C.__annotate__ = lambda fmt: None
print(C.__annotations__)


class D:
    pass


D.__annotate_func__ = lambda fmt: ["not", "a", "dict"]
try:
    D.__annotations__
except TypeError as e:
    print("TypeError:", e)
import sys
broken: undefined_name
sys.modules[__name__].__annotations__
