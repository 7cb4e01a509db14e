from .sub import sub_value
from . import pkg_value
sibling_value = sub_value + pkg_value
