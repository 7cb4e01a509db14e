# Without __all__, from m import * skips names starting with an underscore.
from imp_pkgs.noall import *
print(public, also_public)
try:
    _hidden
except NameError as e:
    print(e)
try:
    __dunder__
except NameError as e:
    print(e)
try:
    _math
except NameError as e:
    print(e)
