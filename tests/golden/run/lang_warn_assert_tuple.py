# assert of a non-empty tuple is always true.
x = 0
assert (x, "x should be true")
assert (x == 1, "message")
assert ()
assert ((x,))
try:
    assert x, ("tuple message", 1)
except AssertionError as e:
    print("AssertionError:", e)
print("done")
