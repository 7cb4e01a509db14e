# the source argument adds CPython's tracemalloc hint
import warnings


class Resource:
    pass


r = Resource()
warnings.warn("resource leaked", RuntimeWarning, source=r)
warnings.warn("resource ignored", ResourceWarning, source=r)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded", ResourceWarning, source=r)
print(log[0].source is r)
print(warnings.formatwarning("m", UserWarning, "f.py", 1))
