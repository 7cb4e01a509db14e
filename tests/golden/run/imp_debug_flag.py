# __debug__ is True without -O, and assert runs.
print(__debug__)
if __debug__:
    print("debug on")
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("assert fired:", e)
assert False
