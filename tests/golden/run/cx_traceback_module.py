# An error in a module-level comprehension.
data = [3, 2, 1, 0]
print([10 // d for d in data[:3]])
r = [10 // d for d in data]
