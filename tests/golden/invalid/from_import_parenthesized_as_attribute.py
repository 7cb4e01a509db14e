from . import (a as b, c as d.e)
