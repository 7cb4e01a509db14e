# Generators freed while suspended inside try/finally are closed (their
# finally blocks run); ones suspended outside any handler just go.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)
def plain():
    yield 1
    yield 2
g = gen('del')
next(g)
del g
print('after del')
for x in gen('loop'):
    print('x', x)
    break
print('after break')
def use():
    g = gen('local')
    next(g)
    return 'returned'
print(use())
p = plain()
next(p)
del p
print('plain freed')
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
c = catcher()
next(c)
c = None
print('rebound')
async def agen():
    try:
        yield 1
    finally:
        print('agen finally')
a = agen()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print('agen yielded', e.value)
del a
print('end')
