# Mapping patterns: keys, nested patterns, **rest.
def describe(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={rest}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", **others}:
            return f"special key {others}"
        case {1: one, 2.5: two}:
            return f"numeric keys {one} {two}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"

print(describe({"type": "click", "pos": (1, 2)}))
print(describe({"type": "click", "pos": (3, 4), "button": "left", "n": 2}))
print(describe({"type": "key", "key": "a"}))
print(describe({"type": "key", "key": "shift", "mods": []}))
print(describe({1: "a", 2.5: "b", 3: "c"}))
print(describe({"other": 1}))
print(describe([("type", "click")]))
print(describe("type"))

# **rest is a new dict; the subject is unchanged.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": _, **rest}:
        rest["z"] = 26
        print(rest, d)

# Keys in value patterns.
class Keys:
    NAME = "name"
match {"name": "taipan", "version": 1}:
    case {Keys.NAME: n, "version": v}:
        print(n, v)
