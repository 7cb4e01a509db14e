d = {"a": 3, "b": 1, "c": 2}
print(sorted(d, key=d.__getitem__), min(d, key=d.__getitem__))
print(d.__len__(), d.__contains__("a"), d.__contains__("z"))
d.__setitem__("e", 5)
d.__delitem__("a")
print(d, list(d.__iter__()))
xs = [5, 6, 7]
print(xs.__getitem__(-1), xs.__getitem__(slice(0, 2)), xs.__len__())
print("abc".__getitem__(1), "abc".__contains__("bc"), (1, 2).__len__())
print(list(filter({1, 3}.__contains__, range(5))))
print(list(map("xyz".__getitem__, [2, 0])))
print((1, "a").__repr__(), "q".__str__(), [1].__repr__())
print(hasattr(5, "__len__"), hasattr([], "__len__"), hasattr({1}, "__getitem__"))
print(hasattr((), "__setitem__"), hasattr([], "__setitem__"))
try:
    xs.__getitem__()
except TypeError as e:
    print("TypeError:", e)
try:
    xs.__getitem__(10)
except IndexError as e:
    print("IndexError:", e)
d.__getitem__("zz")
