# Module-level comprehensions keep their variables to themselves and
# leave an existing global of the same name untouched.
x = "outer"
result = [x * 2 for x in range(3)]
print(result, x)
print({y: y + 1 for y in range(3)})
try:
    y
except NameError as e:
    print("NameError:", e)
z = [1]
print([z for z in z for z in [z, z + 1]])
print(z)
print("x" in globals(), "y" in globals())
