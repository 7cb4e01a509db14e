# zlib: formats chosen by wbits, checksums, streaming objects, errors.
import zlib
data = b'hello world ' * 100 + bytes(range(256))
for wbits in [15, -15, 31, 9, -9, 25]:
    c = zlib.compress(data, 6, wbits)
    print(wbits, zlib.decompress(c, wbits) == data, zlib.decompress(c, 47) == data if wbits > 0 else '')
for level in range(-1, 10):
    print(level, zlib.decompress(zlib.compress(data, level)) == data)
print(zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.crc32(b'hello world'), zlib.adler32(b'hello'), zlib.adler32(b''), zlib.crc32(b''))
print(zlib.adler32(b'x' * 100000), zlib.crc32(bytearray(b'abc')), zlib.crc32(memoryview(b'abc')))
known = b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xc8@\xb0\x01i\xe7\x08\xd9'
print(zlib.decompress(known))
gz = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00'
print(zlib.decompress(gz, 31), zlib.decompress(gz, 47))
for bad, wb in [(b'garbage!', 15), (known[:-3], 15), (b'', 15), (b'x\x9c', 15), (gz[:-2], 31), (known[:-1] + b'\x00', 15)]:
    try: print(zlib.decompress(bad, wb))
    except zlib.error as e: print('error', e)
for args in [(b'x', 10), (b'x', -2)]:
    try: zlib.compress(*args)
    except Exception as e: print(type(e).__name__, e)
try: zlib.compress(b'x', 6, 5)
except Exception as e: print(type(e).__name__, e)
try: zlib.decompress(b'x', 5)
except Exception as e: print(type(e).__name__, e)
try: zlib.compress('text')
except Exception as e: print(type(e).__name__, e)
co = zlib.compressobj(9)
parts = [co.compress(data[:500]), co.compress(data[500:]), co.flush()]
z = b''.join(parts)
print(zlib.decompress(z) == data)
do = zlib.decompressobj()
out = b''
for i in range(0, len(z), 7):
    out += do.decompress(z[i:i+7])
print(out == data, do.eof, do.unused_data)
do = zlib.decompressobj()
print(do.decompress(known + b'TAIL'), do.eof, do.unused_data, do.unconsumed_tail)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.DEF_BUF_SIZE, zlib.error.__mro__)
import codecs
print(codecs.decode(codecs.encode(b'abc' * 10, 'zlib'), 'zlib'))
