import os.path
import collections as col
from typing import List, Dict as D
x = 1
y: int
x += y
del x
for i in range(3):
    pass
with open("f") as fh:
    pass
try:
    pass
except ValueError as exc:
    pass
print(os, col, List, D)
