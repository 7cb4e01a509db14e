# -*- coding: utf-8 -*-
"""Text statistics on multilingual input, with unicodedata."""

import unicodedata
from collections import Counter

TEXTS = {
    "fr": "Le cœur a ses raisons que la raison ne connaît point.",
    "de": "Größe, Maß und Übermaß — ß ist besonders.",
    "ja": "吾輩は猫である。名前はまだ無い。",
    "el": "Γνῶθι σεαυτόν",
    "emoji": "🐍 + 🦀 = ❤️",
}


def categories(text: str) -> Counter[str]:
    return Counter(unicodedata.category(ch)[0] for ch in text)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


for lang, text in TEXTS.items():
    cats = categories(text)
    print(f"{lang:>5}: {len(text):3} chars, letters={cats['L']:3}, "
          f"punct={cats['P']:2} | {strip_accents(text)[:20]!r}")

names = [unicodedata.name(c, "?") for c in "é€\N{SNAKE}"]
print(names, "\N{GREEK SMALL LETTER ALPHA}\u03b2\U0001D6FE")
