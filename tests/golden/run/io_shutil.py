import os
D = "/tmp/tpio_%d_%s" % (os.getpid(), __file__.rsplit("/", 1)[-1][:-3])
def P(name):
    return os.path.join(D, name)
def cleanup():
    for root, dirs, files in list(os.walk(D, topdown=False)):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(D)
if os.path.exists(D):
    cleanup()
os.mkdir(D)
import shutil
os.makedirs(P("src/sub/deep"))
with open(P("src/a.txt"), "w") as f:
    f.write("alpha")
with open(P("src/sub/b.txt"), "w") as f:
    f.write("beta")
with open(P("src/sub/deep/c.py"), "w") as f:
    f.write("gamma")
print(os.path.basename(shutil.copyfile(P("src/a.txt"), P("copy.txt"))))
with open(P("copy.txt")) as f:
    print(f.read())
os.mkdir(P("dest"))
print(os.path.relpath(shutil.copy(P("src/a.txt"), P("dest")), D))
print(os.path.relpath(shutil.copy2(P("src/a.txt"), P("dest/a2.txt")), D))
print(sorted(os.listdir(P("dest"))))
print(os.path.relpath(shutil.copytree(P("src"), P("tree")), D))
for root, dirs, files in os.walk(P("tree")):
    print(os.path.relpath(root, D), sorted(dirs), sorted(files))
shutil.copytree(P("src"), P("tree2"), ignore=shutil.ignore_patterns("*.py"))
print(sorted(os.listdir(P("tree2/sub/deep"))), sorted(os.listdir(P("tree2/sub"))))
try:
    shutil.copytree(P("src"), P("tree"))
except FileExistsError as e:
    print("FileExistsError", e.strerror)
shutil.copytree(P("src"), P("tree"), dirs_exist_ok=True)
try:
    shutil.copyfile(P("src/a.txt"), P("src/a.txt"))
except shutil.SameFileError as e:
    print("SameFileError", isinstance(e, OSError), isinstance(e, shutil.Error))
print(os.path.relpath(shutil.move(P("copy.txt"), P("moved.txt")), D), os.path.exists(P("copy.txt")))
print(os.path.relpath(shutil.move(P("moved.txt"), P("dest")), D))
print(os.path.relpath(shutil.move(P("tree2"), P("tree3")), D))
shutil.rmtree(P("tree"))
print(os.path.exists(P("tree")), sorted(os.listdir(D)))
try:
    shutil.rmtree(P("nothing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
shutil.rmtree(P("nothing"), ignore_errors=True)
errors = []
shutil.rmtree(P("nothing"), onexc=lambda f, p, e: errors.append((f.__name__, type(e).__name__)))
print(errors)
with open(P("src/a.txt")) as a, open(P("obj.txt"), "w") as b:
    shutil.copyfileobj(a, b)
print(open(P("obj.txt")).read())
print(shutil.which("definitely-not-a-command-xyz"))
print(shutil.get_terminal_size((99, 42)).columns > 0)
cleanup()
