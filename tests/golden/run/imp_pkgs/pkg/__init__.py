print("pkg: __init__, __package__ =", __package__)
from . import sub
from .sub import sub_value as renamed
pkg_value = "P"
