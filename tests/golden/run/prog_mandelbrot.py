# ASCII Mandelbrot set with floats and complex-free arithmetic.
def escape(cr, ci, limit=30):
    zr = zi = 0.0
    for n in range(limit):
        zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return n
    return limit


CHARS = " .:-=+*#%@"
for row in range(12):
    ci = -1.2 + row * 0.2
    line = ""
    for col in range(48):
        cr = -2.1 + col * 0.0625
        n = escape(cr, ci)
        line += CHARS[min(n * len(CHARS) // 31, len(CHARS) - 1)]
    print(line.rstrip())
print(escape(0.0, 0.0), escape(1.0, 1.0), escape(-0.75, 0.1))
