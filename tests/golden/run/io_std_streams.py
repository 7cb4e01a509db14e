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
import sys, io
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(s), s.name, s.mode, s.encoding, s.newlines, s.closed, s.fileno(), type(s).__module__, type(s).__name__)
    print(repr(s.buffer), s.buffer.name, s.buffer.mode, s.readable(), s.writable(), s.seekable())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
n = sys.stdout.write("abc\n")
m = sys.stdout.buffer.write(b"raw bytes\n")
print(n, m)
sys.stdout.writelines(["x", "y", "\n"])
sys.stdout.flush()
print("flushed", flush=True)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: sys.stdout.write(b"x"))
t(lambda: sys.stdout.buffer.write("x"))
t(lambda: sys.stdout.write(5))
t(lambda: sys.stdout.seek(0))
t(lambda: sys.stdout.tell())
t(lambda: sys.stdin.write("x"))
t(lambda: sys.stdout.read())
cleanup()
