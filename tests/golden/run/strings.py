s = "hello"
print(s, repr(s), s + " world", s * 2, len(s), s[1], s[-1], s[1:3], s[::-1])
print("a" < "b", "x" in "xyz", "q" not in "xyz", str(12), repr("it's"), repr('say "hi"'))
print(f"{s} has {len(s)} chars, {1.5!r} {s!r}")
print("-".join(["a", "b", "c"]), "MiXeD".lower(), "MiXeD".upper())
