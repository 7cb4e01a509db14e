# Traceback attributes: tb_next is writable (checked), the rest is not.
def f():
    raise ValueError("v")


def g():
    f()


try:
    g()
except ValueError as e:
    saved = e
    tb = e.__traceback__

for bad in (3, "x", object()):
    try:
        tb.tb_next = bad
    except TypeError as x:
        print("TypeError:", x)
try:
    tb.tb_next.tb_next.tb_next = tb
except ValueError as x:
    print("ValueError:", x)
try:
    tb.tb_next = tb
except ValueError as x:
    print("ValueError:", x)
for name in ("tb_lineno", "tb_lasti", "tb_frame"):
    try:
        setattr(tb, name, 1)
    except AttributeError as x:
        print("AttributeError:", x)
try:
    tb.spam
except AttributeError as x:
    print("AttributeError:", x)

# Cutting the chain.
print(tb.tb_next.tb_next.tb_frame.f_code.co_name)
tb.tb_next.tb_next = None
print(tb.tb_next.tb_next)
tb.tb_next = None
print(tb.tb_next)
raise saved
