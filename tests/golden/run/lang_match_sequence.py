# Sequence patterns: fixed length, star captures, nesting, strings excluded.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x} {y}"
        case [first, *middle, last] if not middle:
            return "impossible"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [*init, 9]:
            return f"ends with 9, init {init}"
        case [[a, b], [c, d]]:
            return f"2x2 {a}{b}{c}{d}"
        case (first, *_, last):
            return f"first {first} last {last}"
        case _:
            return "other"

for value in [[], [1], (1, 2), [0, 1, 2, 3], [1, 2, 9], [[1, 2], [3, 4]],
              (5, 6, 7, 8), range(3), "abc", b"xy", {1, 2}, 42]:
    print(repr(value), "->", shape(value))

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a + b + c + d)

match (1, 2, 3):
    case [*all_items]:
        print("star only", all_items, type(all_items).__name__)
