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
def t(f, *args):
    try:
        f(*args)
        print("no error")
    except OSError as e:
        print(type(e).__name__, isinstance(e, OSError), e.strerror, os.path.basename(e.filename))
os.mkdir(P("sub"))
open(P("file.txt"), "w").close()
t(open, P("missing.txt"))
t(open, P("sub"))
t(open, P("sub"), "w")
t(open, P("file.txt"), "x")
t(open, P("nodir/file.txt"), "w")
t(os.remove, P("missing.txt"))
t(os.rmdir, P("missing"))
t(os.mkdir, P("sub"))
t(os.listdir, P("missing"))
t(os.stat, P("missing"))
t(os.rmdir, P("file.txt"))
t(os.remove, P("sub"))
e = FileNotFoundError(2, "No such file or directory", "x.txt")
print(e, e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError("just a message")
print(e, e.args, e.errno, e.strerror)
e = PermissionError(13, "Permission denied")
print(e, e.args, e.filename)
try:
    open("no_such_file_here.txt")
except FileNotFoundError as e:
    print("caught:", e.strerror, e.filename, e.args[1:])
cleanup()
