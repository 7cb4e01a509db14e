# Dicts keyed by strings built at run time; equal strings are the same
# key however they were made.
d = {}
for i in range(2000):
    k = "key" + str(i % 50)
    d[k] = d.get(k, 0) + 1
print(len(d), d["key7"], d.get("key" + "49"), d.get("nope"))
parts = ["k", "e", "y", "1"]
print(d["".join(parts)])
print("key3" in d, "key50" in d)
m = {"a": 1, 1: "int", 1.0: "float?", True: "bool?"}
print(m)
counts = {}
for word in "the cat and the dog and the bird".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
try:
    d["missing" + "!"]
except KeyError as e:
    print("KeyError:", e)
del d["key0"]
print(len(d), "key0" in d)
d["key0"] = 0
print(list(d)[-1])
