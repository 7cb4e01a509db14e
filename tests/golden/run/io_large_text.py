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
lines = ["%05d é€𝄞 %s\n" % (i, "x" * (i % 37)) for i in range(6000)]
with open(P("big.txt"), "w", encoding="utf-8") as f:
    f.writelines(lines)
size = os.path.getsize(P("big.txt"))
print(size, len(lines))
with open(P("big.txt"), encoding="utf-8") as f:
    got = f.readlines()
print(got == lines)
with open(P("big.txt"), encoding="utf-8") as f:
    data = f.read()
print(len(data), data == "".join(lines))
with open(P("big.txt"), encoding="utf-8") as f:
    pieces = []
    while True:
        p = f.read(1000)
        if not p:
            break
        pieces.append(p)
print(len(pieces), "".join(pieces) == data)
with open(P("big.txt"), encoding="utf-8") as f:
    n = 0
    while True:
        line = f.readline()
        if not line:
            break
        n += 1
        if n == 3000:
            pos = f.tell()
            nxt = f.readline()
            n += 1
    f.seek(pos)
    print(n, f.readline() == nxt, repr(nxt[:7]))
with open(P("big.txt"), encoding="utf-8") as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print("OSError:", e)
        break
    print(len(f.read()) > 0)
with open(P("big.txt"), "rb") as f:
    raw = f.read()
print(len(raw) == size, raw.count(b"\n"), raw[:20])
with open(P("big.txt"), "r", newline="") as f:
    print(sum(1 for _ in f))
cleanup()
