# assert: the message is evaluated only on failure
def msg():
    print("msg evaluated")
    return "the message"

assert True, msg()
assert 1 and 2, msg()
for test in (0, "", None, [], 0.0):
    try:
        assert test, msg()
    except AssertionError as e:
        print("failed:", repr(test), e.args)
try:
    assert not 1
except AssertionError as e:
    print("no message:", e.args)
try:
    assert 1 < 2 < 0, ("tuple", "msg")
except AssertionError as e:
    print("chain:", e.args)
x = 5
try:
    assert x if x > 10 else None, f"x={x}"
except AssertionError as e:
    print("ifexp:", e)
def check(v):
    assert v > 0, "must be positive"
    return v
print(check(3))
check(-1)
