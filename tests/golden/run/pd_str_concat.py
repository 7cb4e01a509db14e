# str concatenation, repetition, join and f-strings: results and errors.
s = ""
for i in range(20):
    s += str(i) + ("é" if i % 3 == 0 else "")
print(s, len(s))
print("a" + "b" * 3 + "" + "ü" * 2, "-" * 0, "x" * -5, 3 * "ab")
parts = [str(i * i) for i in range(15)]
print(",".join(parts), "".join(parts), " | ".join(["ä", "b", "日本"]))
print(",".join([]), ",".join(["solo"]), ",".join("abc"), "-".join(map(str, range(5))))
print("".join(x for x in "gen" if x != "e"), ".".join({"k": 1, "j": 2}))
n, f, name = 42, 2.5, "wörld"
print(f"{n}:{f}:{name}:{n!r}:{name!r}:{n:>5}:{f:.3f}:{name:*^9}")
print(f"{''}{n}{''}", f"{True}{None}{-0.0}{10**20}{[1, 'a']}{(1,)}")
for bad in ([1, 2], ["a", 2, "c"], ("x", None), ["a", b"b"]):
    try:
        print(",".join(bad))
    except TypeError as e:
        print("TypeError:", e)
for a, b in (("a", 1), ("a", None), ("a", ["b"]), ("a", b"b")):
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "ab" * 1.5
except TypeError as e:
    print("TypeError:", e)
print("-".join(["a"] * 3) == "a-a-a", str(-12345), str(10**30), str(True), repr("q'\""))
"".join(["ok", 3])
