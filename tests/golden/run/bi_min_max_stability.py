pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(max([1, 1.0], key=float), min([1.0, 1]), max([True, 1]), min([0, False]))
print(max("apple", "fig", "kiwi", key=len), min("apple", "fig", "kiwi", key=len))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(sorted(words), key=len))
data = [5, 3, 5, 1, 3]
print(sorted(range(len(data)), key=lambda i: data[i]))
print(sorted(data, key=lambda v: -v), max(enumerate(data), key=lambda iv: iv[1]))
nan = float("nan")
print(max([1, 2]), min(3, 2, 1, key=lambda x: x % 3))
