"""Codec registry, base classes and helpers (Taipan's own implementation)."""

import builtins as _builtins
import _codecs
from _codecs import (register, unregister, lookup, encode, decode,
                     register_error, lookup_error, escape_decode,
                     escape_encode, raw_unicode_escape_encode,
                     raw_unicode_escape_decode, unicode_escape_encode,
                     unicode_escape_decode)

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE',
           'BOM_LE', 'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE',
           'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE',
           'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec',
           'IncrementalEncoder', 'IncrementalDecoder', 'StreamReader',
           'StreamWriter', 'StreamReaderWriter', 'StreamRecoder',
           'getencoder', 'getdecoder', 'getincrementalencoder',
           'getincrementaldecoder', 'getreader', 'getwriter', 'encode',
           'decode', 'iterencode', 'iterdecode', 'strict_errors',
           'ignore_errors', 'replace_errors', 'xmlcharrefreplace_errors',
           'backslashreplace_errors', 'namereplace_errors',
           'register_error', 'lookup_error', 'unregister']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """The functions of a codec: encode, decode, and the incremental and
    stream classes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader,
                                   streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


class Codec:
    """The interface of a stateless encoder/decoder."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes input given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps undecodable tail bytes for the
    next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class BufferedIncrementalEncoder(IncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result


def _utf8_tail(data, final):
    """How many bytes at the end of data start an unfinished UTF-8
    character (0 when final)."""
    if final:
        return 0
    for back in range(1, min(4, len(data)) + 1):
        b = data[-back]
        if b & 0xc0 != 0x80:
            need = 2 if b >> 5 == 6 else 3 if b >> 4 == 14 else \
                4 if b >> 3 == 30 else 1
            return back if need > back else 0
    return 0


def _native(name):
    """A CodecInfo for a text encoding the VM implements."""
    def enc(input, errors='strict'):
        return str.encode(input, name, errors), len(input)

    def dec(input, errors='strict', final=True):
        data = bytes(input)
        if name == 'utf-8':
            cut = len(data) - _utf8_tail(data, final)
        elif name.startswith(('utf-16', 'utf-32')) and not final:
            unit = 2 if '16' in name else 4
            cut = len(data) - len(data) % unit
        else:
            cut = len(data)
        return data[:cut].decode(name, errors), cut

    class IncEnc(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    class IncDec(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return dec(input, errors, final)

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return dec(input, errors)

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

    return CodecInfo(enc, dec, Reader, Writer, IncEnc, IncDec, name)


def _pair(name, enc, dec, text=True):
    class IncEnc(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    class IncDec(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input, self.errors)[0]

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return dec(input, errors)

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

    return CodecInfo(enc, dec, Reader, Writer, IncEnc, IncDec, name,
                     _is_text_encoding=text)


def _bytes_transform(name, fenc, fdec):
    def enc(input, errors='strict'):
        if errors != 'strict':
            raise ValueError('Unsupported error handling mode: "%s" - '
                             'must be "strict"' % errors)
        return fenc(bytes(input)), len(input)

    def dec(input, errors='strict'):
        if errors != 'strict':
            raise ValueError('Unsupported error handling mode: "%s" - '
                             'must be "strict"' % errors)
        return fdec(bytes(input)), len(input)

    return _pair(name, enc, dec, False)


def _utf8_sig():
    def enc(input, errors='strict'):
        return BOM_UTF8 + input.encode('utf-8', errors), len(input)

    def dec(input, errors='strict'):
        data = bytes(input)
        prefix = 3 if data[:3] == BOM_UTF8 else 0
        return data[prefix:].decode('utf-8', errors), len(data)

    return _pair('utf-8-sig', enc, dec)


def _rot13(input, errors='strict'):
    out = []
    for ch in input:
        if 'a' <= ch <= 'z':
            ch = chr((ord(ch) - 97 + 13) % 26 + 97)
        elif 'A' <= ch <= 'Z':
            ch = chr((ord(ch) - 65 + 13) % 26 + 65)
        out.append(ch)
    return ''.join(out), len(input)


def _builtin_info(key):
    """The CodecInfo of a codec Taipan carries, or None."""
    name = _codecs._NATIVE.get(key)
    if name is not None:
        return _native(name)
    name = _codecs._PYTHON.get(key)
    if name is None:
        return None
    if name == 'raw-unicode-escape':
        return _pair(name, raw_unicode_escape_encode,
                     lambda d, e='strict': raw_unicode_escape_decode(d, e))
    if name == 'unicode-escape':
        return _pair(name, unicode_escape_encode,
                     lambda d, e='strict': unicode_escape_decode(d, e))
    if name == 'utf-8-sig':
        return _utf8_sig()
    if name == 'hex':
        import binascii
        return _bytes_transform(name, binascii.b2a_hex, binascii.a2b_hex)
    if name == 'base64':
        import base64
        return _bytes_transform(name, base64.encodebytes,
                                base64.decodebytes)
    if name == 'zlib':
        import zlib
        return _bytes_transform(name, zlib.compress, zlib.decompress)
    if name == 'rot-13':
        return _pair(name, _rot13, _rot13, False)
    if name == 'escape':
        return _pair(name, escape_encode, escape_decode, False)
    return None


class StreamWriter(Codec):
    """Writes encoded text to a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stream.close()


class StreamReader(Codec):
    """Reads decoded text from a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.charbuffer = ''

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        text, _ = self.decode(data, self.errors)
        text = self.charbuffer + text
        if chars >= 0:
            self.charbuffer = text[chars:]
            return text[:chars]
        self.charbuffer = ''
        return text

    def readline(self, size=None, keepends=True):
        text = self.charbuffer
        while '\n' not in text:
            data = self.stream.read(72)
            if not data:
                break
            text += self.decode(data, self.errors)[0]
        line, sep, rest = text.partition('\n')
        self.charbuffer = rest
        return line + (sep if keepends else '')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.charbuffer = ''

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stream.close()


class StreamReaderWriter:
    """A stream that both reads and writes through a codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stream.close()


class StreamRecoder(StreamReaderWriter):
    pass


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file through a codec (binary underneath)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter,
                                 errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A wrapper recoding between two encodings (read/write as data)."""
    if file_encoding is None:
        file_encoding = data_encoding
    info = lookup(file_encoding)
    return StreamReaderWriter(file, info.streamreader, info.streamwriter,
                              errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of `iterator` one at a time."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the byte strings of `iterator` one at a time."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    return ('', exception.end)


def replace_errors(exception):
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    return ('\ufffd', exception.end)


def xmlcharrefreplace_errors(exception):
    s = exception.object[exception.start:exception.end]
    return (''.join('&#%d;' % ord(c) for c in s), exception.end)


def backslashreplace_errors(exception):
    if isinstance(exception, UnicodeDecodeError):
        s = exception.object[exception.start:exception.end]
        return (''.join('\\x%02x' % b for b in s), exception.end)
    s = exception.object[exception.start:exception.end]
    return (s.encode('ascii', 'backslashreplace').decode(), exception.end)


def namereplace_errors(exception):
    s = exception.object[exception.start:exception.end]
    return (s.encode('ascii', 'namereplace').decode(), exception.end)


for _name, _handler in (('strict', strict_errors), ('ignore', ignore_errors),
                        ('replace', replace_errors),
                        ('xmlcharrefreplace', xmlcharrefreplace_errors),
                        ('backslashreplace', backslashreplace_errors),
                        ('namereplace', namereplace_errors)):
    register_error(_name, _handler)
del _name, _handler
