# Counting words: most_common order (ties keep first-seen order), update/subtract.
from collections import Counter
text = """the cat and the hat and the bat sat on the mat with a cat"""
words = Counter(text.split())
print(words)
print(words.most_common(3))
print(words.most_common()[-3:])
print(words['the'], words['dog'], 'dog' in words, len(words))
words.update(['dog', 'dog', 'cat'])
words.update({'the': -4})
print(words.most_common(4))
words.subtract({'dog': 5, 'zebra': 1})
print(words['dog'], words['zebra'], sorted(k for k, v in words.items() if v <= 0))
letters = Counter()
for w in text.split():
    letters.update(w)
print(letters.most_common(5), sum(letters.values()), letters.total())
print(Counter({'x': 3, 'y': 3, 'z': 5}), Counter(['b', 'a', 'b', 'a']))
del letters['t']; print('t' in letters, letters['t'])
print(dict(Counter('mississippi')), list(Counter('mississippi')))
c = Counter(a=2); c['b'] += 1; c['a'] -= 2; print(c, +c, len(c))
