from os import path
from os import path as p, sep
from os.path import (join, exists,
                     dirname as dn,)
from . import sibling
from .. import parent
from .module import thing
from ...package.sub import item
from .......deep import x
from collections import *
