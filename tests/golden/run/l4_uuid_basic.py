import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500, uuid.NIL, uuid.MAX)
for s in ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678']:
    print(uuid.UUID(s))
print(uuid.UUID(bytes=b'\x01'*16), uuid.UUID(int=5), uuid.UUID(fields=(1,2,3,4,5,6)), uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(int=5, version=4))
a = uuid.uuid4(); print(a.version, a.variant, len(str(a)), a != uuid.uuid4(), type(a).__name__, isinstance(a.int, int))
print(uuid.UUID(int=1) < uuid.UUID(int=2), uuid.UUID(int=1) == uuid.UUID(int=1), hash(uuid.UUID(int=7)) == hash(uuid.UUID(int=7)), {uuid.UUID(int=3): 1})
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, uuid.SafeUUID.safe, uuid.UUID(int=1).is_safe)
print(uuid.uuid8(1, 2, 3), uuid.uuid8(1,2,3).version, int(uuid.UUID(int=99)), str(uuid.UUID(int=0)))
for bad in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b'x'), lambda: uuid.UUID('12345678-1234-5678-1234-56781234567g'), lambda: uuid.UUID(hex='1', int=1), lambda: uuid.UUID(int=1, version=9)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
try: u.x = 1
except Exception as e: print(type(e).__name__, e)
try: u.int = 1
except Exception as e: print(type(e).__name__, e)
u1 = uuid.uuid1(); print(u1.version, u1.variant)
u7 = uuid.uuid7(); print(u7.version, u7.variant, uuid.uuid7() > u7)
u6 = uuid.uuid6(); print(u6.version)
