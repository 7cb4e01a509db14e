# secrets and os.urandom: checked through properties (values are random).
import os
import secrets
import string

b = secrets.token_bytes(16)
print(type(b).__name__, len(b), len(secrets.token_bytes()))
h = secrets.token_hex(8)
print(len(h), all(c in '0123456789abcdef' for c in h), len(secrets.token_hex()))
u = secrets.token_urlsafe(12)
print(len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(secrets.token_bytes(0), secrets.token_hex(0), secrets.token_urlsafe(0))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))
print(len({secrets.randbelow(10) for _ in range(500)}) > 5)
print(all(0 <= secrets.randbits(5) < 32 for _ in range(100)), secrets.randbits(0))
print(secrets.choice('abc') in 'abc', secrets.choice([7]))
print(secrets.compare_digest(b'x', b'x'), secrets.compare_digest('a', 'b'))
print(secrets.token_bytes(16) != secrets.token_bytes(16))
r = os.urandom(32)
print(type(r).__name__, len(r), os.urandom(0), r != os.urandom(32))
sr = secrets.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 1 <= sr.randint(1, 6) <= 6, sorted(sr.sample(range(5), 5)))
for bad in [0, -1]:
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
