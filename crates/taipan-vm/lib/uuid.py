"""UUID objects (RFC 9562) and their generators (Taipan's own code)."""

import os as _os
from enum import Enum as _Enum

__all__ = ['UUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'uuid6', 'uuid7',
           'uuid8', 'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID',
           'NAMESPACE_X500', 'NIL', 'MAX', 'SafeUUID', 'RESERVED_NCS',
           'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_MASK = (1 << 128) - 1


class SafeUUID(_Enum):
    safe = 0
    unsafe = -1
    unknown = None


class UUID:
    """A 128-bit universally unique identifier."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(hex, 16)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = (bytes_le[4 - 1::-1] + bytes_le[6 - 1:4 - 1:-1] +
                     bytes_le[8 - 1:6 - 1:-1] + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _int.from_bytes(bytes, 'big')
        elif fields is not None:
            int = _from_fields(fields)
        if not 0 <= int <= _MASK:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 8:
                raise ValueError('illegal version number')
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    @classmethod
    def _from_int(cls, value):
        u = object.__new__(cls)
        object.__setattr__(u, 'int', value)
        object.__setattr__(u, 'is_safe', SafeUUID.unknown)
        return u

    def __getstate__(self):
        d = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            d['is_safe'] = self.is_safe.value
        return d

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe',
                           SafeUUID(state['is_safe'])
                           if 'is_safe' in state else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        x = self.hex
        return '%s-%s-%s-%s-%s' % (x[:8], x[8:12], x[12:16], x[16:20], x[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = self.bytes
        return b[4 - 1::-1] + b[6 - 1:4 - 1:-1] + b[8 - 1:6 - 1:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        if self.version == 6:
            return ((self.time_low << 28) | (self.time_mid << 12) |
                    (self.time_hi_version & 0x0fff))
        if self.version == 7:
            return self.int >> 80
        return (((self.time_hi_version & 0x0fff) << 48) |
                (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return (((self.clock_seq_hi_variant & 0x3f) << 8) |
                self.clock_seq_low)

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)
        return None


_int = int


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    limits = [(32, 'time_low'), (16, 'time_mid'), (16, 'time_hi_version'),
              (8, 'clock_seq_hi_variant'), (8, 'clock_seq_low'),
              (48, 'node')]
    for value, (bits, name) in zip(fields, limits):
        if not 0 <= value < 1 << bits:
            raise ValueError('field %d out of range (need a %d-bit value)'
                             % (limits.index((bits, name)) + 1, bits))
    tl, tm, th, hi, lo, node = fields
    seq = (hi << 8) | lo
    return (tl << 96) | (tm << 80) | (th << 64) | (seq << 48) | node


def _versioned(value, version):
    value &= ~(0xc000 << 48)
    value |= 0x8000 << 48
    value &= ~(0xf000 << 64)
    value |= version << 76
    return UUID._from_int(value)


def _hashed(algorithm, namespace, name, version):
    import hashlib
    if isinstance(name, str):
        name = name.encode('utf-8')
    digest = hashlib.new(algorithm, namespace.bytes + name).digest()
    return _versioned(int.from_bytes(digest[:16], 'big'), version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return _hashed('md5', namespace, name, 3)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _hashed('sha1', namespace, name, 5)


def uuid4():
    """A random UUID."""
    return _versioned(int.from_bytes(_os.urandom(16), 'big'), 4)


def uuid8(a=None, b=None, c=None):
    """A UUID from three custom blocks (random where not given)."""
    import random
    a = random.getrandbits(48) if a is None else a
    b = random.getrandbits(12) if b is None else b
    c = random.getrandbits(62) if c is None else c
    value = ((a & 0xffffffffffff) << 80) | ((b & 0xfff) << 64) | \
        (c & 0x3fffffffffffffff)
    return _versioned(value, 8)


_last_timestamp = None
_last_v7 = [0, 0]


def _gregorian_ticks():
    import time
    global _last_timestamp
    ns = time.time_ns()
    ticks = ns // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and ticks <= _last_timestamp:
        ticks = _last_timestamp + 1
    _last_timestamp = ticks
    return ticks


def getnode():
    """A 48-bit node number (random, multicast bit set, as no hardware
    address is read)."""
    global _node
    if _node is None:
        _node = int.from_bytes(_os.urandom(6), 'big') | (1 << 40)
    return _node


_node = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node."""
    ticks = _gregorian_ticks()
    if clock_seq is None:
        clock_seq = int.from_bytes(_os.urandom(2), 'big') & 0x3fff
    node = getnode() if node is None else node
    fields = (ticks & 0xffffffff, (ticks >> 32) & 0xffff,
              ((ticks >> 48) & 0x0fff) | (1 << 12),
              ((clock_seq >> 8) & 0x3f) | 0x80, clock_seq & 0xff, node)
    return UUID(fields=fields)


def uuid6(node=None, clock_seq=None):
    """A UUID from the time, big-endian (sortable), node and sequence."""
    ticks = _gregorian_ticks()
    if clock_seq is None:
        clock_seq = int.from_bytes(_os.urandom(2), 'big') & 0x3fff
    node = getnode() if node is None else node
    hi = ticks >> 12
    value = (hi << 80) | ((ticks & 0x0fff) << 64) | (clock_seq << 48) | \
        (node & 0xffffffffffff)
    return _versioned(value, 6)


def uuid7():
    """A UUID from the Unix time in milliseconds and a counter (sortable)."""
    import time
    ms = time.time_ns() // 1000000
    if ms <= _last_v7[0]:
        ms = _last_v7[0]
        counter = _last_v7[1] + 1
    else:
        counter = int.from_bytes(_os.urandom(5), 'big') >> 1
    _last_v7[0], _last_v7[1] = ms, counter
    tail = int.from_bytes(_os.urandom(4), 'big')
    value = (ms << 80) | ((counter >> 30) << 64) | \
        ((counter & 0x3fffffff) << 32) | tail
    return _versioned(value, 7)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
NIL = UUID(int=0)
MAX = UUID(int=_MASK)
