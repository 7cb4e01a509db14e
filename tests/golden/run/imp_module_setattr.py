# Setting and deleting module attributes.
import imp_pkgs.plain as m
m.new_attr = "set from outside"
print(m.new_attr, getattr(m, "new_attr"), hasattr(m, "missing"), getattr(m, "missing", "default"))
del m.new_attr
print(hasattr(m, "new_attr"))
setattr(m, "value", 7)
from imp_pkgs.plain import value
print(value)
try:
    m.absent
except AttributeError as e:
    print(e)
print(m.doubel)
