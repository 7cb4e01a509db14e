# OR patterns with bindings, AS patterns, guards, wildcard.
def classify(cmd):
    match cmd:
        case ("go" | "move") as verb, direction:
            return f"{verb} {direction}"
        case [("n" | "s" | "e" | "w") as d]:
            return f"short {d}"
        case [x, y] | [x, y, _] if x == y:
            return f"pair of {x}"
        case {"cmd": c} | (c, "!"):
            return f"cmd {c}"
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case int() | float() as num if num < 0:
            return f"negative {num}"
        case _:
            return "unknown"

tests = [("go", "north"), ["move", "up"], ["n"], [3, 3], [4, 4, 0], [4, 5],
         {"cmd": "x"}, ("y", "!"), 1, 2, -5, -2.5, 7]
for t in tests:
    print(repr(t), "->", classify(t))

# The guard sees the bindings; a failing guard tries the next case.
def guard(p):
    match p:
        case (x, y) if x > y:
            return "descending"
        case (x, y) if x < y:
            return "ascending"
        case (x, _):
            return f"flat at {x}"
print(guard((2, 1)), guard((1, 2)), guard((3, 3)))
