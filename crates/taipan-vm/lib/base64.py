"""Base16, Base32, Base64 and Base85 data encodings (RFC 4648)."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode',
           'b64decode', 'b32encode', 'b32decode', 'b32hexencode',
           'b32hexdecode', 'b16encode', 'b16decode', 'b85encode', 'b85decode',
           'a85encode', 'a85decode', 'z85encode', 'z85decode',
           'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode']


def _decode_arg(s):
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, "
                    "not %r" % s.__class__.__name__)


def _encode_arg(s):
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(s).__name__)


def b64encode(s, altchars=None):
    """Base64-encode the bytes-like `s`; `altchars` replaces '+/'."""
    encoded = binascii.b2a_base64(_encode_arg(s), newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', bytes(altchars)))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 `s`; with `validate`, reject non-alphabet characters."""
    s = _decode_arg(s)
    if altchars is not None:
        altchars = _decode_arg(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64-encode with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode standard Base64."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64-encode with '-' and '_' instead of '+' and '/'."""
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    """Decode URL-safe Base64."""
    s = _decode_arg(s)
    return b64decode(s.translate(bytes.maketrans(b'-_', b'+/')))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _encode_arg(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk.ljust(5, b'\x00'), 'big')
        out += bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
    pad = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}[len(s) % 5]
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_arg(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_arg(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        n = 0
        for c in quanta:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | v
        n <<= 5 * (8 - len(quanta))
        out += n.to_bytes(5, 'big')
    if padchars:
        keep = {1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if keep is None or not s:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """Base32-encode the bytes-like `s`."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 `s`."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32-encode with the extended hex alphabet."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode extended-hex Base32."""
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Base16-encode (upper-case hex) the bytes-like `s`."""
    return _encode_arg(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    """Decode Base16 `s` (upper-case hex unless `casefold`)."""
    s = _decode_arg(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_Z85 = (b'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'.-:+=^!/*?&<>()[]{}@%$#')


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _encode_arg(b)
    padding = (-len(b)) % 4
    data = b + b'\x00' * padding
    out = bytearray()
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if foldnuls and not word:
            out += b'z'
        elif foldspaces and word == 0x20202020:
            out += b'y'
        else:
            digits = []
            for _ in range(5):
                word, r = divmod(word, 85)
                digits.append(chars[r])
            out += bytes(reversed(digits))
    if padding and not pad:
        if out[-1:] == b'z':
            out[-1:] = chars[0:1] * 5
        del out[len(out) - padding:]
    return bytes(out)


def _85decode(b, chars, name):
    b = _decode_arg(b)
    values = {c: i for i, c in enumerate(chars)}
    padding = (-len(b)) % 5
    b = b + chars[-1:] * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            v = values.get(c)
            if v is None:
                raise ValueError('bad %s character at position %d' % (name, i + j))
            acc = acc * 85 + v
        if acc > 0xFFFFFFFF:
            raise ValueError('%s overflow in hunk starting at byte %d' % (name, i))
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85-encode (as git does) the bytes-like `b`."""
    return _85encode(b, _B85, pad)


def b85decode(b):
    """Decode Base85 `b`."""
    return _85decode(b, _B85, 'base85')


def z85encode(s):
    """Z85-encode the bytes-like `s`."""
    return _85encode(s, _Z85)


def z85decode(s):
    """Decode Z85 `s`."""
    return _85decode(s, _Z85, 'z85')


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode the bytes-like `b`."""
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i: i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    """Decode Ascii85 `b`."""
    b = _decode_arg(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}"
                             .format(b'~>'))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = bytearray()
    for c in b:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = acc * 85 + (d - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group.clear()
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\x00' * 4
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        padding = 5 - len(group)
        acc = 0
        for d in bytes(group) + b'u' * padding:
            acc = acc * 85 + (d - 33)
        out += acc.to_bytes(4, 'big')[:4 - padding]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64-encode `s` in lines of 76 characters, each ending in a newline."""
    s = _encode_arg(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i: i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    """Decode Base64 lines."""
    return binascii.a2b_base64(_encode_arg(s))


def encode(input, output):
    """Base64-encode the binary file `input` into the binary file `output`."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode the Base64 binary file `input` into the binary file `output`."""
    output.write(binascii.a2b_base64(input.read()))
