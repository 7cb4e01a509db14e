from __future__ import annotations
def f(a: [x for x in y]):
    b: [z for z in w] = 1
