x = 1  # type: int
y = []  # type: list[int]
def f(a, b):
    # type: (int, str) -> None
    pass
import os  # type: ignore
z = f(1, "a")  # type: ignore[call-arg]
for i in range(3):  # type: int
    pass
with open("f") as fh:  # type: IO[str]
    pass
