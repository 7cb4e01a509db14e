assert x
assert x, "message"
assert isinstance(x, int), f"expected int, got {type(x)}"
assert (x := 1)
