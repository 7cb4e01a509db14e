# % with mappings: repeated keys, nested parentheses in keys, dict subclasses, widths with keys.
d = {"name": "Ann", "n": 5, "f": 2.5, "a(b)": "paren", "": "empty"}
print("%(name)s %(name)r %(n)03d %(f).2f %(f)8.3f|%(n)-4d|" % d)
print("%(a(b))s %()s %%(name)s" % d)
class D:
    def __getitem__(self, key):
        return key.upper()
print("%(x)s-%(name)s" % D())
try:
    print("%(missing)s" % d)
except KeyError as e:
    print("KeyError", e)
try:
    print("%(name)s %s" % d)
except TypeError as e:
    print("TypeError", e)
