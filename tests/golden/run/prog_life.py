# Conway's game of life on a small torus.
GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}


def step(cells, w, h):
    counts = {}
    for x, y in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % w, (y + dy) % h)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


def render(cells, w, h):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))


cells = set(GLIDER)
for gen in range(5):
    print(f"gen {gen}: {len(cells)} cells")
    print(render(cells, 6, 6))
    cells = step(cells, 6, 6)
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(step(blinker, 5, 5), 5, 5) == blinker, sorted(step(blinker, 5, 5)))
