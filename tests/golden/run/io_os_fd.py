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
fd = os.open(P("raw.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2, os.write(fd, b"hello world"), os.write(fd, bytearray(b"!")))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 6, os.SEEK_SET))
os.close(fd)
fd = os.open(P("raw.bin"), os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size, os.isatty(fd))
os.lseek(fd, -6, 2)
print(os.read(fd, 6))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print("OSError", e.strerror)
try:
    os.read(fd, 1)
except OSError as e:
    print("OSError", e.strerror)
fd = os.open(P("raw.bin"), os.O_RDWR | os.O_APPEND)
os.write(fd, b"+tail")
os.ftruncate(fd, 5)
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
f = open(fd, "rb", closefd=False)
print(f.read(), f.name == fd, repr(f).startswith("<_io.BufferedReader name="))
f.close()
os.lseek(fd, 0, 0)
with open(fd) as f:
    print(f.read(), f.fileno() == fd)
try:
    os.close(fd)
except OSError as e:
    print("already closed:", e.strerror)
try:
    os.open(P("raw.bin"), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError", e.strerror)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
cleanup()
