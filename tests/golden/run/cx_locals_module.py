# locals(), vars() and dir() inside module-level comprehensions see only
# the comprehension's variables (PEP 709).
a = 1
print([locals() for x in "ab"])
print([sorted(vars()) for x in range(1) for y in range(1)])
print([dir() for q in [0]])
print([(lambda: c) and locals() for c in "z"])
print("a" in locals(), locals() is globals())
