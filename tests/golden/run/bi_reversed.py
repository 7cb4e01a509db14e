print(list(reversed([1, 2, 3])))
print(list(reversed((1, 2, 3))))
print(list(reversed("hello")))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))))
print(list(reversed(range(-5, 5, 2))))
print(list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.values())), list(reversed({"a": 1}.items())))
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed(range(3))).__name__)
print(type(reversed({})).__name__)
lst = [1, 2, 3, 4]
r = reversed(lst)
print(next(r))
lst.pop()
lst.pop()
print(list(r))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10

class Rev:
    def __reversed__(self):
        return iter("custom")

print(list(reversed(Seq())), list(reversed(Rev())))
for bad in [1, {1, 2}, None]:
    try:
        reversed(bad)
    except TypeError as ex:
        print("TypeError:", ex)
reversed(iter([1]))
