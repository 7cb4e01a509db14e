# hmac: RFC 4231 / 2202 vectors, incremental use, copy, compare_digest.
import hashlib
import hmac

vectors = [(b'\x0b' * 20, b'Hi There'), (b'Jefe', b'what do ya want for nothing?'),
           (b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First'),
           (b'', b''), (b'key', b'The quick brown fox jumps over the lazy dog')]
for key, msg in vectors:
    for name in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b']:
        print(name, hmac.new(key, msg, name).hexdigest())
    print(hmac.digest(key, msg, 'sha256') == hmac.new(key, msg, hashlib.sha256).digest())
m = hmac.new(b'secret', digestmod='sha256')
m.update(b'part one, ')
c = m.copy()
m.update(b'part two')
print(m.hexdigest(), c.hexdigest(), m.name, m.digest_size, m.block_size)
print(hmac.new(b'k', b'msg', digestmod=hashlib.md5).hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'', b''),
      hmac.compare_digest(b'a', b'ab'), hmac.compare_digest(bytearray(b'x'), b'x'))
for args in [('a', b'a'), (1, 2), ('é', 'é')]:
    try:
        hmac.compare_digest(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    hmac.new(b'key')
except TypeError as e:
    print('TypeError', e)
try:
    hmac.new('key', b'msg', 'sha256')
except TypeError as e:
    print('TypeError', e)
