# locals() inside an inlined comprehension at module level is a fresh dict
a = 1
inner = [locals() for _ in range(1)][0]
print(inner is globals(), "_" in inner, "a" in inner)
