# pickle.dumps output, byte for byte, for each protocol.
import pickle
class P:
    def __init__(self): self.a = 1; self.b = [1, 2]
# Values beyond 32 bits are left out of protocol 0 (its INT opcode depends
# on the size of a C long).
for proto in range(6):
    for obj in [None, True, 1, -1, 300, 70000, 1.5, 'abc', 'é\n', b'ab', b'', (), (1,), (1,2,3,4), [], [1,'a'], {}, {'a': 1, 'b': 2}, {1,2}, frozenset([3]), bytearray(b'x'), P(), set, len, [[1]]*2, 2**100, -129, 255, 256, 65535, 65536, -2**31, 2**31 - 1] + ([2**40, -2**40, 2**31] if proto else []):
        try: print(proto, repr(obj)[:20] if not isinstance(obj, P) else 'P', pickle.dumps(obj, proto))
        except Exception as e: print(proto, 'ERR', type(e).__name__, e)
print(pickle.dumps(P()))
