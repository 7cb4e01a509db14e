# async generator athrow(): the generator handles the exception and
# yields (athrow returns the value), or lets it propagate.
import asyncio
async def agen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', repr(e))
        yield 'recovered'
    finally:
        print('cleanup')
async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.athrow(ValueError('boom')))
    try:
        await g.athrow(KeyError('k'))
    except KeyError as e:
        print('propagated', repr(e))
    print('after close:', await g.athrow(KeyError('again')))
    g2 = agen()
    try:
        await g2.athrow(TypeError)
    except TypeError as e:
        print('unstarted', repr(e))
    g3 = agen()
    await g3.__anext__()
    aw = g3.athrow(ValueError)
    print(type(aw).__name__)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print(e)
    print(await g3.aclose())
asyncio.run(main())
print('end')
