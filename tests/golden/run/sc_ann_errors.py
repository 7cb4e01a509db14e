# Errors inside annotations surface when __annotations__ is read, with
# the annotate function in the traceback.
class C:
    ok: int
    bad: 1 / 0


def f(x: [].missing):
    pass


try:
    C.__annotations__
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    f.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
print("defined fine")
C.__annotations__
