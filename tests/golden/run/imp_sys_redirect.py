# print goes to whatever sys.stdout is.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
old = sys.stdout
sys.stdout = cap
print("captured", 1)
print("more", end="!")
sys.stdout = old
print(cap.parts)
print("to capture", file=cap)
print(cap.parts[-2:])
try:
    print("x", file=42)
except AttributeError as e:
    print(e)
