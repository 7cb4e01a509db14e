from dataclasses import dataclass, field

def attempt(make):
    try:
        make()
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def c1():
    @dataclass
    class A:
        x: int = 1
        y: int

def c2():
    @dataclass
    class A:
        x: list = []

def c3():
    @dataclass(order=True, eq=False)
    class A:
        x: int

def c4():
    @dataclass
    class A:
        x = field(default=1)

def c5():
    @dataclass(order=True)
    class A:
        x: int
        def __lt__(self, other): return True

def c6():
    @dataclass(unsafe_hash=True)
    class A:
        x: int
        def __hash__(self): return 1

def c7():
    @dataclass
    class A:
        x: dict = {}

def c8():
    @dataclass
    class A:
        x: set = set()

def c9():
    @dataclass
    class A:
        x: tuple = ()
        y: int = 0

for c in [c1, c2, c3, c4, c5, c6, c7, c8, c9, lambda: field(default=1, default_factory=list)]:
    attempt(c)
