print("pkg.deep.leaf: __package__ =", __package__)
from .. import sub
from ..sub import sub_value
from ...pkg import pkg_value
from . import __name__ as deep_name
leaf_value = sub_value + pkg_value
print("pkg.deep.leaf: deep_name =", deep_name)
