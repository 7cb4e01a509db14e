# os.path functions.
import os
import os.path
from os import path
print(path is os.path, os.path.__name__)
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"), os.path.join("", "x"))
print(os.path.split("a/b/c"), os.path.split("/a"), os.path.split("a/"), os.path.split("x"))
print(os.path.basename("/x/y.txt"), os.path.dirname("/x/y.txt"), repr(os.path.dirname("y")))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"), os.path.splitext("x."))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath(""), os.path.normpath("/../x"), os.path.normpath("../../a"))
print(os.path.isabs("/a"), os.path.isabs("a"))
here = os.path.dirname(__file__)
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(__file__))
print(os.path.isdir(here), os.path.exists(os.path.join(here, "no_such_file")))
print(os.path.abspath(__file__) == __file__, os.path.isabs(os.path.abspath("x")))
print(os.path.basename(__file__), os.path.getsize(__file__) > 100)
try:
    os.path.join("a", 1)
except TypeError as e:
    print(e)
