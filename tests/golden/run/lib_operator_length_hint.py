from operator import length_hint
print(length_hint([1, 2]), length_hint(iter([1, 2, 3])), length_hint(3, 5))
it = iter(range(10)); next(it); print(length_hint(it))
print(length_hint(iter({'a': 1})), length_hint(reversed([1, 2])))
