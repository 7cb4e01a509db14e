# memoryview basics: len, indexing, slicing, tobytes, tolist, release, with.
m = memoryview(b"abcdef")
print(m[0], m[-1], m[1:3].tobytes(), m.tolist(), len(m), m[::-1].tobytes(), m[::2].tolist(), bytes(m[2:]), m[1:5][1:3].tobytes())
print(m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.obj, m.hex(), list(m[:2]), m == b"abcdef")
buf = bytearray(b"xyz")
with memoryview(buf) as mv:
    mv[0] = 65
    print(mv.tobytes(), mv.readonly, buf, len(mv))
    mv[-1] = 90
print(buf, mv.released if hasattr(mv, "released") else None)
def setitem(o, k, v):
    o[k] = v
for call in [lambda: mv[0], lambda: len(mv), lambda: m[10], lambda: setitem(m, 0, 1), lambda: memoryview("abc"),
             lambda: setitem(memoryview(buf), 0, 300), lambda: m["a"]]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
m.release(); m.release()
try:
    m.tobytes()
except ValueError as e:
    print(e)
