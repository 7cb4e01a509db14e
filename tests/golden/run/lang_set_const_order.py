# Set displays of three or more constants are built from a frozenset
# constant (BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE 1), so the order
# they iterate in is that of the frozenset's table.
print({8, 16, 0, 24, 1, 9, 17})
print({32, 64, 0, 1, 2, 3})
print({7, 15, 23, 31, 39, 1, 2})
print({40, 8, 72, 0, 16, 24})
print({100, 36, 4, 68, 132, 5, 6, 7})
print(list({64, 0, 32, 96, 128, 1}))
print(sorted({3, 1, 2}))
print({1, 1.0, True, 2, 2.0})
print({0, 0.0, False})
print(len({5, 5, 5, 5}))

# the same values added one at a time, or from a variable, build a set
# whose order comes from a different table history
a = 8
print({a, 16, 0, 24, 1, 9, 17})
s = set()
for v in (8, 16, 0, 24, 1, 9, 17):
    s.add(v)
print(s)
print(set([8, 16, 0, 24, 1, 9, 17]))
print(frozenset([8, 16, 0, 24, 1, 9, 17]))

# displays stay mutable, fresh each time
def make():
    return {8, 16, 0, 24}
x = make()
x.add(99)
print(x, make())
print(x is make(), make() == make())

# iteration order survives copying and comprehension
big = {128, 0, 64, 192, 32, 160, 96, 224, 1}
print(big)
print([v for v in big])
print(set(big), big.copy())
print({v for v in big})
