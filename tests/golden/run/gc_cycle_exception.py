# Exceptions can be part of cycles too.
import gc

gc.collect()
e = ValueError("boom")
e.me = e
del e
print("exception in its __dict__:", gc.collect())

l = []
err = KeyError(l)
l.append(err)
del l, err
print("exception and list:", gc.collect())


def fail():
    try:
        raise RuntimeError("x")
    except RuntimeError as exc:
        return exc


caught = fail()
print(type(caught).__name__, caught)
del caught
print("no cycle:", gc.collect())
