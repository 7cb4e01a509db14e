# Module attributes: __name__, __file__, __package__, __spec__, __path__, __dict__.
import os
here = os.path.dirname(__file__) + "/"


def rel(x):
    return str(x).replace(here, "")


import imp_pkgs.plain as m
import imp_pkgs.pkg as pkg
import imp_pkgs.pkg.sub as sub
for mod in (m, pkg, sub):
    print(mod.__name__, rel(mod.__file__), repr(mod.__package__))
    print("  spec:", mod.__spec__.name, rel(mod.__spec__.origin), repr(mod.__spec__.parent))
    print("  has __path__:", hasattr(mod, "__path__"))
print(rel(pkg.__path__), type(pkg.__path__).__name__)
print(sorted(k for k in m.__dict__ if k.startswith("__")))
print(sorted(k for k in m.__dict__ if not k.startswith("__")))
print(m.__dict__["value"], m.__doc__)
print(__spec__, __package__, __doc__)
print(rel(__file__), os.path.isabs(__file__))
