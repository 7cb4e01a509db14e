"""Secure hashes and message digests (Taipan's own implementation).

Each hash object holds the number of a running state of the native
``_taipan_hash`` module and frees it when collected. The types are named
as CPython's built-in (non-OpenSSL) ones: ``_md5.md5``, ``_sha2.SHA256Type``,
``_sha3.sha3_256``, ``_blake2.blake2b``.
"""

import _taipan_hash

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
           'sha3_512', 'shake_128', 'shake_256', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'file_digest',
           'pbkdf2_hmac')

# name: (digest size, block size, module, type name)
_INFO = {
    'md5': (16, 64, '_md5', 'md5'),
    'sha1': (20, 64, '_sha1', 'sha1'),
    'sha224': (28, 64, '_sha2', 'SHA224Type'),
    'sha256': (32, 64, '_sha2', 'SHA256Type'),
    'sha384': (48, 128, '_sha2', 'SHA384Type'),
    'sha512': (64, 128, '_sha2', 'SHA512Type'),
    'sha3_224': (28, 144, '_sha3', 'sha3_224'),
    'sha3_256': (32, 136, '_sha3', 'sha3_256'),
    'sha3_384': (48, 104, '_sha3', 'sha3_384'),
    'sha3_512': (64, 72, '_sha3', 'sha3_512'),
    'shake_128': (0, 168, '_sha3', 'shake_128'),
    'shake_256': (0, 136, '_sha3', 'shake_256'),
}

algorithms_guaranteed = frozenset(list(_INFO) + ['blake2b', 'blake2s'])
algorithms_available = set(algorithms_guaranteed)


def _data(data, string):
    if data is not None and string is not None:
        raise TypeError("'data' and 'string' are mutually exclusive "
                        "and support for 'string' keyword parameter "
                        "is slated for removal in a future version.")
    return data if data is not None else string


def _check_buffer(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError('object supporting the buffer API required')
    return bytes(data)


class _Hash(object):
    """A running hash (base of the concrete types)."""

    __slots__ = ('_state', 'name', 'digest_size', 'block_size')

    def _start(self, name, state, data):
        self.name = name
        self._state = state
        if data is not None:
            self.update(data)

    def update(self, data, /):
        """Feed the bytes-like `data` to the hash."""
        _taipan_hash.update(self._state, _check_buffer(data))

    def digest(self):
        """The digest of the data fed so far, as bytes."""
        return _taipan_hash.digest(self._state, self.digest_size)

    def hexdigest(self):
        """The digest as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """An independent copy of this hash."""
        other = object.__new__(type(self))
        other.name = self.name
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._state = _taipan_hash.copy(self._state)
        return other

    def __del__(self):
        state = getattr(self, '_state', None)
        if state is not None:
            _taipan_hash.free(state)

    def __repr__(self):
        cls = type(self)
        return '<%s.%s object at %#x>' % (cls.__module__, cls.__name__,
                                           id(self))


class _Shake(_Hash):
    """A SHAKE extendable-output function: digest() takes a length."""

    __slots__ = ()

    def digest(self, length):
        """The first `length` bytes of output."""
        if not isinstance(length, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(length).__name__)
        if length < 0:
            raise ValueError('Cannot convert negative int')
        return _taipan_hash.digest(self._state, length)

    def hexdigest(self, length):
        """The first `length` bytes of output in hexadecimal."""
        return self.digest(length).hex()


def _make_type(name):
    size, block, module, tpname = _INFO[name]
    base = _Shake if name.startswith('shake') else _Hash
    cls = type(tpname, (base,), {'__slots__': (), '__module__': module})
    cls.__taipan_tp_name__ = module + '.' + tpname

    def constructor(*args, data=None, usedforsecurity=True, string=None):
        if len(args) > 1:
            raise TypeError('%s() takes at most 1 positional argument '
                            '(%d given)' % (name, len(args)))
        data = _data(args[0] if args else data, string)
        h = object.__new__(cls)
        h.digest_size = size
        h.block_size = block
        h._start(name, _taipan_hash.new(name, 0), data)
        return h

    constructor.__name__ = constructor.__qualname__ = name
    return constructor


for _name in _INFO:
    globals()[_name] = _make_type(_name)
del _name


def _blake2(name, max_digest, max_key, salt_size, person_size, block):
    def __new__(cls, data=None, /, *, digest_size=max_digest, key=b'',
                salt=b'', person=b'', fanout=1, depth=1, leaf_size=0,
                node_offset=0, node_depth=0, inner_size=0,
                last_node=False, usedforsecurity=True, string=None):
        data = _data(data, string)
        if not 1 <= digest_size <= max_digest:
            raise ValueError(
                'digest_size for %s must be between 1 and %d bytes, '
                'here it is %d' % (name.capitalize(), max_digest,
                                   digest_size))
        for what, value, limit in (('key', key, max_key),
                                   ('salt', salt, salt_size),
                                   ('person', person, person_size)):
            value = _check_buffer(value)
            if len(value) > limit:
                raise ValueError('maximum %s length is %d bytes'
                                 % (what, limit))
        if (fanout, depth, leaf_size, node_offset, node_depth,
                inner_size, last_node) != (1, 1, 0, 0, 0, 0, False):
            raise ValueError('tree hashing parameters are not '
                             'supported by Taipan')
        h = object.__new__(cls)
        h.digest_size = digest_size
        h.block_size = block
        h._start(name, _taipan_hash.new(name, digest_size, bytes(key),
                                        bytes(salt), bytes(person)),
                 data)
        return h

    return type(name, (_Hash,), {
        '__slots__': (), '__module__': '_blake2', '__new__': __new__,
        'SALT_SIZE': salt_size, 'PERSON_SIZE': person_size,
        'MAX_KEY_SIZE': max_key, 'MAX_DIGEST_SIZE': max_digest,
        '__taipan_tp_name__': '_blake2.' + name})


blake2b = _blake2('blake2b', 64, 64, 16, 16, 128)
blake2s = _blake2('blake2s', 32, 32, 8, 8, 64)
_CONSTRUCTORS = {'blake2b': blake2b, 'blake2s': blake2s}
_CONSTRUCTORS.update((n, globals()[n]) for n in _INFO)


def new(name, data=b'', **kwargs):
    """A new hash object for the algorithm `name`."""
    constructor = _CONSTRUCTORS.get(name.lower() if isinstance(name, str)
                                    else name)
    if constructor is None:
        raise ValueError('unsupported hash type ' + name)
    return constructor(data, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The hash of the binary file object `fileobj` read to its end."""
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, 'getbuffer'):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError("'%r' is not a file-like object in binary "
                         "reading mode." % (fileobj,))
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC over the hash `hash_name`."""
    import hmac
    password, salt = bytes(password), bytes(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    prf = hmac.new(password, None, hash_name)
    size = prf.digest_size
    dklen = dklen or size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    out = b''
    block = 1
    while len(out) < dklen:
        mac = prf.copy()
        mac.update(salt + block.to_bytes(4, 'big'))
        u = mac.digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            mac = prf.copy()
            mac.update(u)
            u = mac.digest()
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(size, 'big')
        block += 1
    return out[:dklen]
