from __future__ import annotations
x: int
def f(a: T) -> U:
    b: V = 1
class C:
    y: W
