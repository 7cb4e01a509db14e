# A coroutine freed without being awaited warns on stderr, at the line
# that freed it; closed or awaited ones do not.
import asyncio
async def work(x):
    return x
def f():
    work(1)
    print('in f')
f()
c = work(2)
del c
print('mid')
class K:
    async def meth(self):
        pass
K().meth()
lst = [work(3)]
lst.clear()
w = work(4)
w.close()
print('closed fine')
def g():
    c = work(5)
    return 1
g()
async def main():
    work(6)
    print(await work(7))
asyncio.run(main())
x = work(8)
print('end')
