# py_compile.compile on a file that does not compile: reported on stderr
# (doraise=False), raised as PyCompileError (doraise=True), silent (quiet=2).
import os
import sys
import shutil
import tempfile
import py_compile

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
with open("bad.py", "w") as f:
    f.write("x = 1\nif x\n    pass\n")
sys.stderr = sys.stdout
print(py_compile.compile("bad.py"))
print(py_compile.compile("bad.py", quiet=1))
print(py_compile.compile("bad.py", quiet=2))
print(py_compile.compile("bad.py", doraise=True, quiet=2))
try:
    py_compile.compile("bad.py", doraise=True)
except py_compile.PyCompileError as e:
    print(type(e).__name__, isinstance(e, Exception))
    print(e.exc_type_name, e.file, type(e.exc_value).__name__)
    print(repr(str(e)))
    print(e.msg == str(e), e.args[1:3] == (e.exc_type_name, e.exc_value), e.args[3])
try:
    py_compile.compile("bad.py", dfile="pretty/name.py", doraise=True)
except py_compile.PyCompileError as e:
    print(e.file)
    print(e.msg, end="")
print(os.path.exists("__pycache__"))
os.chdir(old_cwd)
shutil.rmtree(base)
