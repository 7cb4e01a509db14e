# Errors other than SyntaxError: "Sorry: ..." messages, and OSError for a
# missing source (not wrapped).
import os
import sys
import shutil
import tempfile
import py_compile

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
with open("tabs.py", "w") as f:
    f.write("if True:\n\tx = 1\n        y = 2\n")
with open("indent.py", "w") as f:
    f.write("def f():\nreturn 1\n")
for name in ["tabs.py", "indent.py"]:
    try:
        py_compile.compile(name, doraise=True)
    except py_compile.PyCompileError as e:
        print(name, e.exc_type_name)
        print(e.msg)
try:
    py_compile.compile("missing.py", doraise=True)
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
os.chdir(old_cwd)
shutil.rmtree(base)
