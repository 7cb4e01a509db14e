# warnings.deprecated (PEP 702) on functions and methods
import warnings
from warnings import deprecated


@deprecated("use new_add instead")
def old_add(a, b):
    """Add two numbers."""
    return a + b


print(old_add.__name__, old_add.__doc__, old_add.__deprecated__)
print(old_add(1, 2))
print(old_add(3, 4))


class C:
    @deprecated("method is old", category=FutureWarning)
    def method(self):
        return "method result"

    @deprecated("level two", stacklevel=2)
    def helper(self):
        return "helper"

    def calls_helper(self):
        return self.helper()


c = C()
print(c.method())
print(c.calls_helper())


@deprecated("silent", category=None)
def quiet():
    return "quiet"


print(quiet(), quiet.__deprecated__)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    old_add(0, 0)
    old_add(0, 0)
print([(str(w.message), w.category.__name__) for w in log])
d = deprecated("message kept")
print(d.message, d.category.__name__, d.stacklevel)
