# py_compile.main(): compiles the files named in sys.argv; the first
# failure ends it with exit status 1 (message on stderr unless -q).
import os
import sys
import shutil
import tempfile
import py_compile

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
with open("good.py", "w") as f:
    f.write("G = 1\n")
with open("bad.py", "w") as f:
    f.write("class :\n")
sys.stderr = sys.stdout
for argv in (["good.py"], ["good.py", "bad.py", "good.py"], ["-q", "bad.py"], ["--quiet", "good.py"]):
    sys.argv = ["py_compile"] + argv
    try:
        py_compile.main()
        print(argv, "-> returned")
    except SystemExit as e:
        print()
        print(argv, "-> exit", e.code)
print(sorted(os.listdir("__pycache__"))[0].split(".")[0])
os.chdir(old_cwd)
shutil.rmtree(base)
