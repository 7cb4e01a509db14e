"""HMAC (keyed-hashing for message authentication, RFC 2104).

Taipan's own implementation over ``hashlib``.
"""

import hashlib as _hashlib
from _taipan_hash import compare_digest as _compare_bytes

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))
digest_size = None


def compare_digest(a, b, /):
    """a == b in time independent of where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters '
                            'is not supported')
        return _compare_bytes(a.encode(), b.encode())
    buffers = (bytes, bytearray, memoryview)
    if isinstance(a, str) or isinstance(b, str):
        other = b if isinstance(a, str) else a
        if isinstance(other, buffers):
            raise TypeError("a bytes-like object is required, not 'str'")
    if not (isinstance(a, buffers) and isinstance(b, buffers)):
        raise TypeError("unsupported operand types(s) or combination of "
                        "types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    return _compare_bytes(bytes(a), bytes(b))


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC over any hash with a block size."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required argument 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', 64)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        key = bytes(key)
        if len(key) > block:
            key = make(key).digest()
        key = key.ljust(block, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed `msg` to the MAC."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this MAC."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of the data fed so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC as a string of hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object keyed by `key` over the hash `digestmod`."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` with `key` over the hash `digest`, at once."""
    return HMAC(key, msg, digest).digest()
