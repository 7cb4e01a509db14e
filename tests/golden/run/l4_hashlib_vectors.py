# hashlib digests of standard inputs, incremental updates, copies.
import hashlib

inputs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'a' * 1000,
          bytes(range(256)) * 5, 'héllo wörld'.encode()]
names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224',
         'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
for name in names:
    for data in inputs:
        print(name, len(data), hashlib.new(name, data).hexdigest())
for name in names:
    h = hashlib.new(name)
    for i in range(0, 1280, 97):
        h.update((bytes(range(256)) * 5)[i:i + 97])
    whole = hashlib.new(name, bytes(range(256)) * 5)
    print(name, h.hexdigest() == whole.hexdigest(), h.digest() == whole.digest())
    c = h.copy()
    c.update(b'more')
    print(name, c.hexdigest() != h.hexdigest(), len(c.digest()) == c.digest_size)
for n in [0, 1, 16, 32, 100]:
    print(n, hashlib.shake_128(b'abc').hexdigest(n), hashlib.shake_256(b'abc').hexdigest(n))
for size in [1, 16, 20, 32, 64]:
    print(size, hashlib.blake2b(b'abc', digest_size=size).hexdigest())
for size in [1, 16, 32]:
    print(size, hashlib.blake2s(b'abc', digest_size=size, key=b'secret').hexdigest())
print(hashlib.blake2b(b'x', key=b'k' * 64, salt=b's' * 16, person=b'p' * 16).hexdigest())
print(hashlib.blake2s(b'x' * 200, key=b'k' * 32, salt=b's' * 8, person=b'p' * 8).hexdigest())
print(hashlib.sha256(memoryview(b'abc')).hexdigest() == hashlib.sha256(bytearray(b'abc')).hexdigest())
print(hashlib.md5(b'a' * 100000).hexdigest())
