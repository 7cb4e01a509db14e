# uuid: time-based versions (checked by properties), sorting, conversions.
import uuid

u1 = uuid.uuid1()
print(u1.version, u1.variant, u1.node >> 40 & 1, 0 <= u1.clock_seq < 2 ** 14, u1.time > 0x01b21dd213814000)
u6a, u6b = uuid.uuid6(), uuid.uuid6()
print(u6a.version, u6a < u6b)
u7 = [uuid.uuid7() for _ in range(5)]
print(all(u.version == 7 for u in u7), u7 == sorted(u7), len(set(u7)))
ids = [uuid.UUID(int=n) for n in (5, 1, 3)]
print(sorted(ids), max(ids).int, str(min(ids)))
u = uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/')
print(u, u.version, uuid.UUID(str(u)) == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'), uuid.uuid3(uuid.NAMESPACE_X500, b'cn=x'.decode()), uuid.uuid5(uuid.NAMESPACE_DNS, b'bytes name'))
print(uuid.UUID('{00010203-0405-0607-0809-0A0B0C0D0E0F}').hex, uuid.UUID('00010203-0405-0607-0809-0a0b0c0d0e0f').urn)
print(uuid.uuid8(0xabc, 0xdef, 0x123), uuid.NIL < uuid.MAX, uuid.NIL.version, uuid.MAX.variant)
for bad in [lambda: uuid.UUID(fields=(1, 2, 3)), lambda: uuid.UUID(fields=(2 ** 32, 0, 0, 0, 0, 0)), lambda: uuid.UUID(bytes_le=b'short'), lambda: uuid.UUID('123')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
