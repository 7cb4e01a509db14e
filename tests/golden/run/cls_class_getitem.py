class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int])
print(Box["x"], Box[1, 2])
class Sub(Box):
    pass
print(Sub[str])
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
