# array: typecodes, conversions and range checks, bytes, slicing, operators, errors.
import array, copy, pickle
a = array.array('i', [1, 2, 3])
print(a, repr(array.array('d')), a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], list(a), 2 in a)
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a)
a.remove(3); print(a, a.index(4), a.count(1), a.tolist())
a.reverse(); print(a); a[0] = 99; a[1:3] = array.array('i', [7, 7, 7]); print(a); del a[0]; print(a)
print(a + array.array('i', [1]), a * 2, 2 * array.array('b', [1]), a == array.array('i', [7, 7, 7, 2, 1]), a < array.array('i', [8]))
b = array.array('h', [1, -2, 300]); print(b.tobytes(), array.array('h', b.tobytes()), bytes(b))
b.byteswap(); print(b); b.byteswap(); print(b)
f = array.array('f', [0.1, 1.5, 1e10]); print(f, f.itemsize, f.tobytes())
d = array.array('d', [0.1, 2]); print(d, d.tobytes(), d[1])
w = array.array('w', 'héllo'); print(w, w.tounicode(), w.itemsize, len(w)); w.fromunicode('!'); print(w)
u8 = array.array('B', b'\x00\x01\xff'); print(u8, u8.tolist())
q = array.array('q', [2**62, -2**62]); print(q, q.itemsize, array.array('Q', [2**64 - 1]))
c = array.array('i', range(5)); c += array.array('i', [9]); c *= 2; print(c)
print(copy.copy(c) == c, copy.deepcopy(c) is not c, pickle.loads(pickle.dumps(c)) == c)
e = array.array('H'); e.frombytes(b'\x01\x00\x02\x00'); e.fromlist([3]); print(e)
print(array.typecodes, array.ArrayType is array.array, [x * 2 for x in array.array('b', [1, 2])], sum(array.array('d', [0.5, 0.25])))
for bad in [lambda: array.array('z'), lambda: array.array('i', 'abc'), lambda: array.array('i', [1.5]), lambda: array.array('i', ['a']), lambda: array.array('d', ['a']),
            lambda: array.array('w', [1]), lambda: array.array('i', [1]).pop(5), lambda: array.array('i').pop(), lambda: array.array('i', [1]).remove(9),
            lambda: array.array('i', [1]).index(9), lambda: array.array('i', [1]) + array.array('d', [1]), lambda: array.array('i', b'abc'),
            lambda: array.array('i', [1])[5], lambda: array.array('i').frombytes(b'abc'), lambda: array.array('i', [1]).tounicode(),
            lambda: array.array('b', [200]), lambda: array.array('b', [-129]), lambda: array.array('B', [-1]), lambda: array.array('B', [256]),
            lambda: array.array('h', [40000]), lambda: array.array('H', [-1]), lambda: array.array('Q', [-1]), lambda: array.array('q', [2**64]),
            lambda: array.array('Q', [2**64]), lambda: hash(array.array('i')), lambda: array.array('i', [1]).fromlist((1,)), lambda: array.array('w', ['ab'])]:
    try: print(bad())
    except Exception as ex: print(type(ex).__name__, ex)
