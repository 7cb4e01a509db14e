# from m import * follows __all__ (underscored names included).
from imp_pkgs.withall import *
print(alpha, _beta)
try:
    gamma
except NameError as e:
    print(e)
