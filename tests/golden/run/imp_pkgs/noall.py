import math as _math
public = "yes"
_hidden = "no"
__dunder__ = "no"
also_public = _math.floor(2.5)
