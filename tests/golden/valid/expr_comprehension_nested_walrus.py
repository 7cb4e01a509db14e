result = [[y := x * 2, y + 1] for x in range(3)]
total = {k: (v := f(k)) for k in keys if v}
filtered = [x for x in data if (n := len(x)) > 2 and n < 10]
flat = [cell for row in grid for cell in row if cell is not None]
gen = (a for a in range(10) if a % 2 if a % 3)
