s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s))
s.discard(10)
s.remove(4)
print(s)
try:
    s.remove(99)
except KeyError as ex:
    print("KeyError:", ex)
print(s.union([5, 6], (7,)), s.union())
print(s.intersection({2, 3, 9}), s.intersection([1], {1, 2}), s.intersection())
print(s.difference({1}), s.difference([1], [2]), s.difference())
print(s.symmetric_difference([3, 4]))
print(s.issubset(range(5)), s.issuperset([1, 2]), s.isdisjoint("abc"), s.isdisjoint([3]))
t = s.copy()
t.update([10, 11], {12})
print(t, s)
t.intersection_update(range(11))
print(t)
t.difference_update([1, 2])
print(t)
t.symmetric_difference_update({3, 99})
print(t)
p = {1, 2, 3}
print(p.pop(), p.pop(), p)
p.clear()
print(p, bool(p))
try:
    p.pop()
except KeyError as ex:
    print("KeyError:", ex)
for bad in [lambda: {1}.add(), lambda: {1}.issubset(), lambda: {1}.union(5),
            lambda: set(1), lambda: set([[]]), lambda: set([1], [2]), lambda: {1}.add([])]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
print(set(), set("abca") == {"a", "b", "c"}, set({1: 2, 3: 4}), set(range(5)))
{1}.remove([])
