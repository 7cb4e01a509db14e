# Module-level code (LOAD_NAME/STORE_NAME) in hot loops, names reassigned
# between iterations, and a function defined again.
total = 0.0
i = 0
while i < 2000:
    total += i * 0.5
    i += 1
print(total)


def f():
    return "first"


results = []
for k in range(3):
    results.append(f())

    def f():
        return "redefined"


print(results)
abs = lambda x: "my abs"
print(abs(-3))
del abs
print(abs(-3))
