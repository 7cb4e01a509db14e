# Word frequencies of a small text, sorted by count then word.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""


def words(text):
    for raw in text.split():
        w = raw.strip(",.;:!?").lower()
        if w:
            yield w


def frequencies(text):
    counts = {}
    for w in words(text):
        counts[w] = counts.get(w, 0) + 1
    return counts


counts = frequencies(TEXT)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:>12} {n:3d} {'#' * n}")
print("distinct:", len(counts), "total:", sum(counts.values()))
longest = max(counts, key=len)
print("longest word:", longest, len(longest))
print("first letters:", "".join(sorted({w[0] for w in counts})))
