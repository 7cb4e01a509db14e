# zlib streaming: decompressobj in pieces, max_length, unused_data, copies.
import zlib

data = bytes(range(256)) * 40 + b'tail'
z = zlib.compress(data, 9)
d = zlib.decompressobj()
out = bytearray()
for i in range(0, len(z), 100):
    out += d.decompress(z[i:i + 100])
out += d.flush()
print(bytes(out) == data, d.eof, d.unused_data, d.unconsumed_tail)
d2 = zlib.decompressobj()
whole = d2.decompress(z + b'EXTRA')
print(whole == data, d2.eof, d2.unused_data, d2.decompress(b'more'), d2.unused_data)
c = zlib.compressobj(6, zlib.DEFLATED, -15)
body = c.compress(data) + c.flush()
print(zlib.decompress(body, -15) == data)
c2 = zlib.compressobj(wbits=31)
gz = c2.compress(b'gzip stream') + c2.flush()
print(gz[:3], zlib.decompress(gz, 31), zlib.decompress(gz, 47))
d3 = zlib.decompressobj(wbits=47)
print(d3.decompress(gz), d3.eof)
c3 = zlib.compressobj()
head = c3.compress(b'abc')
copy = c3.copy()
print(zlib.decompress(head + c3.flush()), zlib.decompress(head + copy.compress(b'def') + copy.flush()))
print(zlib.crc32(data) == zlib.crc32(data[100:], zlib.crc32(data[:100])), zlib.adler32(data) == zlib.adler32(data[7:], zlib.adler32(data[:7])))
try:
    zlib.decompressobj(wbits=5)
except ValueError as e:
    print('ValueError', e)
try:
    zlib.decompressobj().decompress(b'x', -1)
except ValueError as e:
    print('ValueError', e)
