# compileall.main(): the command line as a function; True when every file
# compiled.
import os
import sys
import shutil
import tempfile
import compileall

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
os.makedirs("pkg/sub")
for path, text in {"pkg/a.py": "A = 1\n", "pkg/sub/b.py": "B = (\n", "pkg/c.py": "C = 3\n"}.items():
    with open(path, "w") as f:
        f.write(text)
with open("list.txt", "w") as f:
    f.write("pkg/a.py\npkg/c.py\n")
for argv in (["pkg"], ["-q", "pkg"], ["-qq", "-f", "pkg"], ["-l", "-f", "pkg"],
             ["-f", "-i", "list.txt"], ["-x", "sub", "-f", "pkg"], ["-q", "-i", "nolist.txt"],
             ["-f", "-r", "0", "pkg", "pkg/c.py"]):
    sys.argv = ["compileall"] + argv
    print(argv, "->", compileall.main())
os.chdir(old_cwd)
shutil.rmtree(base)
