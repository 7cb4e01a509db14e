# add_note and __notes__, shown after the exception line.
e = ValueError("bad value")
e.add_note("first note")
e.add_note("second\nnote on two lines")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise
try:
    f()
except ZeroDivisionError as z:
    print(z.__notes__)
raise e
