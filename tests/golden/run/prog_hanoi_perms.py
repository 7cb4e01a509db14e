# Recursion: towers of Hanoi, permutations, subsets, n-queens.
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


def queens(n, row=0, cols=(), out=None):
    out = [] if out is None else out
    if row == n:
        out.append(cols)
        return out
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            queens(n, row + 1, cols + (c,), out)
    return out


moves = hanoi(3, "A", "C", "B", [])
print(len(moves), moves)
print(len(hanoi(10, "A", "C", "B", [])))
print(permutations("abc"))
print(len(permutations(list(range(6)))), sorted(map(sum, subsets([1, 2, 4]))))
sol = queens(6)
print(len(sol), sol[0], len(queens(8)))
for c in sol[0]:
    print("".join("Q" if i == c else "." for i in range(6)))
