# The warning is shown once per line (the default warning filter), for
# each line that frees a never-awaited coroutine.
async def job(n):
    return n
def outer():
    async def inner():
        pass
    return inner
for i in range(3):
    job(i)
print('loop done')
for i in range(2):
    job(i)
    outer()()
coros = [job(i) for i in range(3)]
coros = None
print('done')
