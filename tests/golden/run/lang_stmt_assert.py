# assert with and without messages; the message is evaluated lazily.
def check(v):
    assert v > 0, f"{v} is not positive"
    return v
print(check(3))
try:
    check(-2)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e), e.args)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
try:
    assert 0, ("tuple", "message")
except AssertionError as e:
    print(e.args)
assert 1 == 2, "top level failure"
