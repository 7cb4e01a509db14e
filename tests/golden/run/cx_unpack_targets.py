# Comprehension targets that unpack, star-unpack, subscript and
# attribute targets.
pairs = [(1, "a"), (2, "b")]
print([n for n, _ in pairs])
print([rest for first, *rest in [(1, 2, 3), (4, 5)]])
d = {}
print([d[k] for k in "ab" for d[k] in [k.upper()]], d)
class O:
    pass
o = O()
print([o.v for o.v in range(3)], o.v)
try:
    [a for a, b in [(1, 2, 3)]]
except ValueError as e:
    print("ValueError:", e)
