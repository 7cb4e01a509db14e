a = [3, 1, 2]
a.append(4)
a.extend((5, 6))
a.extend(x for x in "ab")
a.insert(0, "first")
a.insert(-1, "late")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("first")
print(a, a.index(1), a.index(2, 2), a.count(1), a.count(99))
b = a.copy()
b.reverse()
print(b, a is b, b == a[::-1])
b.clear()
print(b, len(b))
for bad in [lambda: a.index(99), lambda: a.remove(99), lambda: [].pop(), lambda: a.pop(99)]:
    try:
        bad()
    except (ValueError, IndexError) as ex:
        print(type(ex).__name__ + ":", ex)
for bad in [lambda: a.append(), lambda: a.insert(1), lambda: a.insert("x", 1), lambda: a.pop("x"),
            lambda: a.extend(5), lambda: a.count(), lambda: a.index(), lambda: a.reverse(1),
            lambda: a.copy(1), lambda: a.clear(1), lambda: a.index(1, "x")]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
print(a.index(2, -3), a.index(1, 0, 100))
a.index(3, 5, 1)
