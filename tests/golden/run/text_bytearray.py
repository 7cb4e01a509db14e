# bytearray: mutation methods, item and slice assignment, del, +=, *=, shared methods return bytearray.
ba = bytearray(b"hello")
ba.append(33); print(ba)
ba.extend(b" world"); ba.extend([33, 63]); ba.extend(x for x in b"."); print(ba)
print(ba.pop(), ba.pop(0), ba); ba.insert(0, 72); ba.insert(-1, 46); ba.insert(100, 0); print(ba)
ba.remove(0); ba.reverse(); print(ba); ba.reverse()
c = ba.copy(); c.clear(); print(c, ba, len(ba))
ba[0] = 74; ba[-1] = 63; print(ba)
ba[1:3] = b"EY"; print(ba); ba[1:3] = b""; print(ba); ba[0:0] = [65, 66]; print(ba)
ba[::2] = bytes(len(ba[::2])); print(ba)
del ba[0]; del ba[-2:]; del ba[::3]; print(ba)
x = bytearray(b"ab"); y = x; x += b"cd"; print(x, y, x is y); x *= 2; print(y, x is y)
print(x + b"!", b"!" + x, x * 2, type(x + b"!"), type(b"!" + x), x == b"abcdabcd", bytearray(b"b") > b"a")
print(x.upper(), x.split(b"c"), x.replace(b"a", b"-"), x.strip(b"ad"), x.hex(), bytearray.fromhex("41 42"), x.decode())
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x"), repr(bytearray(b"'\"")), list(bytearray(b"hi")))
print(bytearray(b"abc")[1], bytearray(b"abc")[::-1], bytearray(b"abc")[5:], 98 in bytearray(b"abc"), str(bytearray(b"q")))
def setitem(o, k, v):
    o[k] = v
def setslice(o, v):
    o[1:2] = v
def setext(o, v):
    o[::2] = v
ba = bytearray(b"hello")
for call in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.pop(10), lambda: bytearray().pop(), lambda: ba.remove(5),
             lambda: ba.insert("a", 1), lambda: ba.extend(1), lambda: ba.extend([300]), lambda: bytearray("a"), lambda: setitem(ba, 0, 256),
             lambda: setitem(ba, 0, b"a"), lambda: setslice(ba, 5), lambda: setext(ba, b"x"),
             lambda: ba[10], lambda: ba.append(), lambda: ba.copy(1), lambda: hash(ba)]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
