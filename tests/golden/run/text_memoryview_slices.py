# memoryview slicing composes views; views track their source.
src = bytearray(b"0123456789")
m = memoryview(src)
v = m[2:8]
w = v[::2]
x = w[::-1]
print(v.tobytes(), w.tobytes(), x.tobytes(), len(w), x.tolist(), v[0], w[-1], x[0])
src[4] = ord("X")
print(v.tobytes(), w.tobytes(), x.tobytes())
x[0] = ord("Y")
print(src, bytes(m[::3]), m[8:2:-3].tobytes(), m[100:].tobytes(), m[-3:].tobytes())
print(list(m[:3]), [b for b in m[7:]], b"".join([m[0:1].tobytes(), m[9:].tobytes()]), m[2:4] == b"23")
