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
import io
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t), t.encoding, t.write("héllo\nworld\n"))
t.flush()
print(raw.getvalue())
t.seek(0)
print(t.readlines())
t2 = io.TextIOWrapper(io.BytesIO(b"x\r\ny\rz"), encoding="latin-1", newline=None)
print(t2.read(), t2.newlines)
t3 = io.TextIOWrapper(io.BytesIO(b"a\r\nb"), newline="")
print(t3.readlines())
t4 = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="replace", newline="\r\n")
t4.write("é\n")
t4.flush()
print(t4.buffer.getvalue(), t4.errors)
b = t4.detach()
print(type(b).__name__, b.getvalue())
try:
    t4.write("x")
except ValueError as e:
    print("ValueError:", e)
t5 = io.TextIOWrapper(io.BytesIO("ligne\n".encode("utf-16")), encoding="utf-16")
print(repr(t5.read()))
print(isinstance(t, io.TextIOBase), isinstance(t, io.IOBase), isinstance(raw, io.BufferedIOBase))
print(type(t).__name__, type(t).__module__)
cleanup()
