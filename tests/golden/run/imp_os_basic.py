# os module basics.
import os
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep)
print(isinstance(os.getcwd(), str), os.path.isabs(os.getcwd()))
here = os.path.dirname(__file__)
names = sorted(n for n in os.listdir(os.path.join(here, "imp_pkgs", "star_pkg")) if n.endswith(".py"))
print(names)
print(os.getenv("TAIPAN_SURELY_UNSET_VARIABLE"), os.getenv("TAIPAN_SURELY_UNSET_VARIABLE", "dflt"))
print("TAIPAN_SURELY_UNSET_VARIABLE" in os.environ, os.environ.get("TAIPAN_SURELY_UNSET_VARIABLE", 0))
print(isinstance(os.getpid(), int))
try:
    os.remove(os.path.join(here, "no_such_file_to_remove"))
except FileNotFoundError as e:
    print(type(e).__name__, os.path.basename(e.filename), isinstance(e, OSError))
try:
    os.listdir(os.path.join(here, "no_such_dir"))
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.getcwd(1)
except TypeError as e:
    print(e)
