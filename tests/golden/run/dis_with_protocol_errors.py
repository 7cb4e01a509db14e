# LOAD_SPECIAL: missing __enter__/__exit__ is CPython's TypeError
import asyncio

class OnlyEnter:
    def __enter__(self):
        return 1

class OnlyExit:
    def __exit__(self, *a):
        return False

class Async:
    async def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False

class Sync:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return False

for obj in (1, "s", None, OnlyEnter(), OnlyExit(), Async(), [1], OnlyEnter):
    try:
        with obj:
            print("body ran")
    except TypeError as e:
        print(type(obj).__name__, "->", e)

async def main():
    for obj in (Sync(), 1, OnlyEnter(), Async()):
        try:
            async with obj as v:
                print("async body", v)
        except TypeError as e:
            print(type(obj).__name__, "->", e)

asyncio.run(main())

# the error is raised before __enter__ runs, from the with line
def f():
    with OnlyEnter():
        pass

f()
