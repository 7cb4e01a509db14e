class L:
    def __len__(self):
        return 7
class Bad:
    def __len__(self):
        return -1
class NotInt:
    def __len__(self):
        return "x"
print(len("héllo"), len(b"abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(frozenset("aab")))
print(len({1: 2}.keys()), len({1: 2}.items()), len(L()), len(""), len([[]] * 3))
for bad in [5, None, 1.5, iter([1]), len, Bad(), NotInt()]:
    try:
        print(len(bad))
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
try:
    len()
except TypeError as ex:
    print("TypeError:", ex)
try:
    len([1], [2])
except TypeError as ex:
    print("TypeError:", ex)
len(x for x in [])
