# The awaitables of __anext__/asend/athrow driven by hand with
# send()/throw()/close(), without an event loop.
async def agen():
    try:
        x = yield 'first'
        print('received', x)
        yield 'second'
    except ZeroDivisionError:
        print('zde inside')
        yield 'after zde'
    finally:
        print('finally')
g = agen()
aw = g.__anext__()
print(type(aw).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print('StopIteration value:', e.value)
try:
    g.asend('hello').send(None)
except StopIteration as e:
    print('asend ->', e.value)
try:
    g.athrow(ZeroDivisionError).send(None)
except StopIteration as e:
    print('athrow ->', e.value)
a = g.asend(None)
try:
    a.throw(ValueError('thrown'))
except ValueError as e:
    print('throw through asend:', e)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print('StopAsyncIteration')
g2 = agen()
try:
    g2.asend(5).send(None)
except TypeError as e:
    print('TypeError:', e)
c = g2.aclose()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration:
    print('closed')
c.close()
