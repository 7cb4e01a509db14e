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
sys.stdin = io.StringIO("first line\nsecond\r\nthird")
print(repr(input()), repr(input("prompt: ")), repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
out = io.StringIO()
sys.stdout = out
sys.stdin = io.StringIO("answer\n")
x = input("question? ")
sys.stdout = sys.__stdout__
print(repr(out.getvalue()), repr(x))
sys.stdin = io.StringIO("1 2 3\n4 5\n")
total = 0
for line in sys.stdin:
    total += sum(map(int, line.split()))
print(total)
sys.stdin = io.StringIO("a\nb\n")
print(sys.stdin.readlines(), sys.stdin.read() == "")
sys.stdin = None
try:
    input("p> ")
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stdin = sys.__stdin__
cleanup()
