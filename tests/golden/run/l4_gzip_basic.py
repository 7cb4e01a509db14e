# gzip: compress/decompress, files in binary and text mode, errors.
import gzip, io, os, tempfile
data = b'line one\nline two\n' * 50
c = gzip.compress(data, mtime=0)
print(c[:10], gzip.decompress(c) == data, len(gzip.decompress(c + c)) == 2 * len(data))
print(gzip.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00'))
d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt.gz')
with gzip.open(p, 'wb') as f:
    print(f.write(b'abc\n'), f.write(b'def\n'), f.mode == gzip.WRITE)
with gzip.open(p, 'rb') as f:
    print(f.read(2), f.readline(), f.read(), f.read())
with gzip.open(p) as f:
    print(list(f))
with gzip.open(p, 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
with gzip.open(p, 'rt', encoding='utf-8') as f:
    print(f.read())
with open(p, 'rb') as raw:
    head = raw.read(10)
    print(head[:3], head[3], head[9])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g:
    g.write(b'in memory')
print(gzip.decompress(buf.getvalue()))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as g:
    print(g.read())
for bad in [b'not gzip data', b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH']:
    try: gzip.decompress(bad)
    except (OSError, EOFError) as e: print(type(e).__name__, e)
try: gzip.open(p, 'rbt')
except ValueError as e: print(e)
try: gzip.open(p, 'rb', encoding='utf-8')
except ValueError as e: print(e)
print(issubclass(gzip.BadGzipFile, OSError))
os.remove(p); os.rmdir(d)
