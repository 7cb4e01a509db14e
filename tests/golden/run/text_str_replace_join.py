# replace with count, empty old; join; partition/rpartition.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"), "abc".replace("", ""), s.replace("x", "y"))
print(s.replace("one", "1", count=1), "ééé".replace("é", "e", 2))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("abc"), "x".join(("1",)), "->".join(str(i) for i in range(4)))
print(" ".join({"k": 1, "j": 2}), "|".join(map(str, [1, 2, 3])))
for t in ["key=value=x", "novalue", "=start", "end="]:
    print(t.partition("="), t.rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("abc"), "abc".rpartition("abcd"))
for call in [lambda: "a".replace("a"), lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".replace("a", "b", "c"),
             lambda: "-".join([1, 2]), lambda: "-".join(["a", None]), lambda: "-".join(5), lambda: "a".partition(""),
             lambda: "a".partition(1), lambda: "a".rpartition(None), lambda: "a".join(), lambda: "a".replace("a", "b", x=1)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
