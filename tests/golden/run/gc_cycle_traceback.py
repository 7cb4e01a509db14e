# The classic cycle: an exception stored in a local of a frame its
# traceback refers to.
import gc


class Res:
    def __del__(self):
        print("Res freed")


def keep_error():
    r = Res()
    try:
        raise ValueError("kept")
    except ValueError as e:
        err = e
    return err


gc.collect()
e = keep_error()
print("returned", e)
del e
print("deleted")


def fail():
    r = Res()
    raise KeyError("k")


def catch():
    try:
        fail()
    except KeyError as exc:
        saved = exc
        print("caught", repr(exc))
    print("still saved")


catch()
print("after catch")
