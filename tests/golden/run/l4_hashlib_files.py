# hashlib.file_digest over real files, new() by name, hash objects' attributes.
import hashlib
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.bin')
with open(path, 'wb') as f:
    for i in range(1000):
        f.write(i.to_bytes(4, 'big'))
with open(path, 'rb') as f:
    print(hashlib.file_digest(f, 'sha256').hexdigest())
with open(path, 'rb') as f:
    print(hashlib.file_digest(f, hashlib.md5).hexdigest())
with open(path, 'rb') as f:
    print(hashlib.sha1(f.read()).hexdigest())
for name in ['MD5', 'SHA256', 'sha3_256', 'blake2s']:
    h = hashlib.new(name, b'x')
    print(name, h.name, h.digest_size, h.block_size, len(h.hexdigest()))
h = hashlib.sha256()
for chunk in (b'a', b'bc', b''):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b'abc').hexdigest(), h.copy().digest() == h.digest())
print(hashlib.sha256(data=b'kw').hexdigest()[:16], hashlib.md5(b'x', usedforsecurity=False).hexdigest()[:8])
try:
    with open(path, 'r') as f:
        hashlib.file_digest(f, 'md5')
except ValueError as e:
    print('ValueError', str(e).split(' name=')[0])
for bad in [lambda: hashlib.new('nope'), lambda: hashlib.sha1('text'), lambda: hashlib.md5(b'', b''), lambda: hashlib.blake2b(digest_size=0), lambda: hashlib.blake2s(person=b'x' * 9), lambda: hashlib.blake2s(key=b'x' * 33)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.remove(path)
os.rmdir(d)
