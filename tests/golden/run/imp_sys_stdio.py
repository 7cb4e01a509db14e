# sys.stdout / sys.stderr objects.
import sys
n = sys.stdout.write("written with write\n")
print(n)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print("to stderr", 1, 2, file=sys.stderr)
print("to stdout", flush=True)
sys.stderr.write("stderr write\n")
print(sys.stdout)
print(sys.stderr)
print(sys.stdin)
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdin.mode)
print(sys.__stdout__ is sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print(sys.stdout.writable(), sys.stdin.readable())
print("end", file=None)
