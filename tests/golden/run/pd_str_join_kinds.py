# str.join over every kind of iterable, and its errors.
print("-".join(("a", "b")), "-".join(["a"]), "".join(reversed("abc")), "+".join(str(i) for i in range(4)))
print(",".join({"x": 1, "y": 2}), ",".join(sorted({"q", "p"})), "|".join(map(str.upper, ["é", "ß"])))
print("é".join("abc"), " ".join([""] * 3) + "|", "ab".join(["1", "2", "3"]))
print(",".join(iter(["it", "er"])), "".join([]), repr(", ".join(["x"] * 0)))
for bad in ([1], ["a", 2], ("x", None, "y"), ["a", b"b"], [["a"]], iter(["ok", 3.5])):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in (5, None, 3.5):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ",".join()
except TypeError as e:
    print("TypeError:", e)


def gen():
    yield "a"
    raise ValueError("boom in generator")


try:
    ",".join(gen())
except ValueError as e:
    print("ValueError:", e)
print(str.join("-", ["u", "v"]))
"-".join(["a", "b", 3, "d"])
