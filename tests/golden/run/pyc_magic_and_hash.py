# importlib.util.MAGIC_NUMBER and source_hash: their shape, not their value
# (each implementation has its own).
import importlib.util as util

m = util.MAGIC_NUMBER
print(type(m).__name__, len(m), m[2:])
h = util.source_hash(b"print('hello')\n")
print(type(h).__name__, len(h))
print(h == util.source_hash(b"print('hello')\n"))
print(h == util.source_hash(bytearray(b"print('hello')\n")))
print(h != util.source_hash(b"print('hello!')\n"))
print(util.source_hash(b"") != util.source_hash(b"\0"))
print(len({util.source_hash(bytes([i])) for i in range(256)}))
