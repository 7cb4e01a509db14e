# zlib headers and trailers as zlib writes them for each level and wbits; compressobj emits the header first.
import zlib
for level in [-1, 0, 1, 2, 5, 6, 7, 9]:
    c = zlib.compress(b'hello hello hello', level)
    print(level, c[:2], c[-4:], zlib.decompress(c))
for wbits in [9, 12, 15, -15, 31]:
    c = zlib.compress(b'abc', 6, wbits); print(wbits, c[:2] if wbits > 0 else '', zlib.decompress(c, wbits))
co = zlib.compressobj()
print(co.compress(b'abc'), co.compress(b'def'))
z = co.flush(); print(z[-4:], zlib.decompress(b'x\x9c' + z))
co = zlib.compressobj(9, zlib.DEFLATED, 31); print(co.compress(b'x')[:4])
co = zlib.compressobj(wbits=-15); print(co.compress(b'x'))
