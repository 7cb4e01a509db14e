def show(*args, **kwargs):
    return f"{args} {kwargs}"


nums = [1, 2, 3]
opts = {"sep": "-", "end": "!\n"}
print(*nums)
print(*nums, **opts)
print(show(*nums, 4, *"ab", key=1, **{"other": 2}))
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "xyz"
print(init, tail)
head, *rest = [1]
print(head, rest)
merged = [*nums, *range(2), 9]
pair = (*nums, "end")
config = {"a": 1, **{"b": 2, "a": 3}, "c": 4}
print(merged, pair, config)
try:
    show(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
