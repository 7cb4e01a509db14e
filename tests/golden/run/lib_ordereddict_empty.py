# popitem on an empty OrderedDict: uncaught KeyError.
from collections import OrderedDict
od = OrderedDict(a=1)
print(od.popitem())
od.popitem()
