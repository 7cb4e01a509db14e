# __name__ is "__main__" in the script and the module name elsewhere.
print(__name__)
if __name__ == "__main__":
    print("running as a script")
import imp_pkgs.main_guard
import imp_pkgs.main_guard as mg
print(mg.__name__)
import sys
print(sys.modules["__main__"].__name__)
import __main__
print(__main__.__name__, __main__.__file__ == __file__)
