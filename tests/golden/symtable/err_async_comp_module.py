xs = [await y for y in z]
