# Attribute loads and method calls whose expression starts on an earlier
# line are located at the attribute name.
class B:
    def add(self, x):
        return self
    def fail(self, *args):
        raise RuntimeError("fail" + repr(args))
    @property
    def prop(self):
        raise KeyError("prop")
    @property
    def other(self):
        return self

b = B()

def method_on_next_line():
    return (b
            .add(1)
            .fail(3))

def property_on_next_line():
    x = (b
         .other
         .prop)

def args_on_next_lines():
    (B().add(1).fail(3,
                     4))

def missing_attribute():
    return (b
            .add(2)
            .missing)

try:
    method_on_next_line()
except RuntimeError:
    try:
        property_on_next_line()
    except KeyError:
        try:
            args_on_next_lines()
        except RuntimeError:
            missing_attribute()
