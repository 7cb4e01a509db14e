# Counter-like patterns with user-hashed keys: counting, grouping,
# setdefault, get with default, dict comprehensions, sorting by value.
class Word:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text.lower())

    def __eq__(self, o):
        return isinstance(o, Word) and self.text.lower() == o.text.lower()

    def __repr__(self):
        return f"W({self.text!r})"


words = [Word(w) for w in "the The cat THE cat dog Dog bird".split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in words:
    groups.setdefault(w, []).append(w.text)
print(groups)
first = {w: i for i, w in enumerate(words)}
print(first)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].text)))
uniq = set(words)
print(len(uniq), Word("CAT") in uniq, Word("cow") in uniq)
print(dict.fromkeys(words, 0))
del counts[Word("DOG")]
print(counts, counts.pop(Word("bird")), counts)
print({w: n for w, n in counts.items() if n > 1})
