# error messages name SimpleNamespace by its C type name, types.SimpleNamespace
from types import SimpleNamespace
ns = SimpleNamespace(a=1)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)
