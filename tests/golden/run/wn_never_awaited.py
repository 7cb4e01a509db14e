# "coroutine ... was never awaited" goes through the warnings filters
import warnings


async def job():
    return 1


def make():
    job()


make()
print("after first")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    job()
    print("in block")
print([(str(w.message), w.category.__name__, w.lineno) for w in log])
with warnings.catch_warnings(action="ignore"):
    job()
    print("ignored")
warnings.filterwarnings("ignore", message="coroutine 'other'")


async def other():
    pass


other()
print("end")
