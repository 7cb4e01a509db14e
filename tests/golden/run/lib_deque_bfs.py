# Breadth-first search on a grid with a deque.
from collections import deque
GRID = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
def neighbours(r, c):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(GRID) and 0 <= nc < len(GRID[0]) and GRID[nr][nc] != '#':
            yield nr, nc
start = next((r, row.index('S')) for r, row in enumerate(GRID) if 'S' in row)
goal = next((r, row.index('E')) for r, row in enumerate(GRID) if 'E' in row)
queue = deque([start])
prev = {start: None}
while queue:
    cell = queue.popleft()
    if cell == goal:
        break
    for n in neighbours(*cell):
        if n not in prev:
            prev[n] = cell
            queue.append(n)
path = []
cell = goal
while cell is not None:
    path.append(cell)
    cell = prev[cell]
path.reverse()
print(len(path) - 1, path)
rows = [list(r) for r in GRID]
for r, c in path[1:-1]:
    rows[r][c] = '*'
print('\n'.join(''.join(r) for r in rows))
q = deque()
for i in range(20000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
    if len(q) % 1000 == 0 and q:
        q.rotate(7)
print(total)
