# compile_dir's maxlevels, rx (skip by regular expression) and a missing
# directory.
import os
import re
import shutil
import tempfile
import compileall

base = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(base)
os.makedirs("t/one/two/three")
for d in ["t", "t/one", "t/one/two", "t/one/two/three"]:
    with open(os.path.join(d, "m.py"), "w") as f:
        f.write("pass\n")
    with open(os.path.join(d, "skip_me.py"), "w") as f:
        f.write("pass\n")
for levels in [0, 1, 2]:
    print("maxlevels", levels)
    compileall.compile_dir("t", maxlevels=levels, force=True, rx=re.compile("skip"))
print(compileall.compile_dir("missing"))
print(compileall.compile_dir("missing", quiet=2))
os.chdir(old_cwd)
shutil.rmtree(base)
