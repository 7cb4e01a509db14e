# Roman numerals both ways, with validation and round-trip checks.
NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, letters in NUMERALS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(s):
    values = dict((letters, value) for value, letters in NUMERALS)
    i = total = 0
    while i < len(s):
        if s[i:i + 2] in values:
            total += values[s[i:i + 2]]
            i += 2
        elif s[i] in values:
            total += values[s[i]]
            i += 1
        else:
            raise ValueError(f"bad numeral {s[i]!r} in {s!r}")
    if to_roman(total) != s:
        raise ValueError(f"{s!r} is not canonical (did you mean {to_roman(total)!r}?)")
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for bad in ("IIII", "MCMZ", 0, 4000, 2.5):
    try:
        print(from_roman(bad) if isinstance(bad, str) else to_roman(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
