# import statements in a class body bind mangled names; the module
# names themselves are not mangled.
class Imports:
    import math as __math
    import os.path as __path
    from collections import OrderedDict as __OD
    import json

    def use(self):
        return self.__math.floor(2.5), self.__OD.__name__, self.__path.__name__.rsplit(".")[-1] != ""


print(sorted(k for k in vars(Imports) if not k.startswith("__")))
print(Imports().use())
