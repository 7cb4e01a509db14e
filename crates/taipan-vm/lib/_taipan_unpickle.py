"""pickle's Unpickler: runs the opcodes of a pickle on a stack (Taipan's
own code). Frames of protocol 4+ are read whole, so a file positioned
after a pickle stays there for the next one."""

import sys
from struct import unpack

import copyreg


def _errors():
    import pickle
    return pickle.UnpicklingError


class _Stop(Exception):
    pass


class Unpickler:
    """Reads pickled objects from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII',
                 errors='strict', buffers=()):
        self._file_read = file.read
        self._file_readline = file.readline
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.proto = 0

    # -- input
    def _read(self, n):
        if self._frame is not None:
            data = self._frame[self._pos:self._pos + n]
            self._pos += len(data)
            if self._pos >= len(self._frame):
                self._frame = None
            if len(data) < n:
                if data:
                    raise _errors()('pickle exhausted before end of frame')
                return self._read_file(n)
            return data
        return self._read_file(n)

    def _read_file(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise _errors()('pickle data was truncated')
        return data

    def _readline(self):
        if self._frame is not None:
            end = self._frame.find(b'\n', self._pos)
            if end < 0:
                raise _errors()('pickle exhausted before end of frame')
            data = self._frame[self._pos:end + 1]
            self._pos = end + 1
            if self._pos >= len(self._frame):
                self._frame = None
            return data
        data = self._file_readline()
        if not data.endswith(b'\n'):
            raise _errors()('pickle data was truncated')
        return data

    def load(self):
        """The next object of the file."""
        if not hasattr(self, '_file_read'):
            raise _errors()('Unpickler.__init__() was not called by '
                            '%s.__init__()' % type(self).__name__)
        self._frame = None
        self._pos = 0
        self.stack = []
        self.metastack = []
        self.append = self.stack.append
        dispatch = self.dispatch
        while True:
            key = self._read_key()
            if not key:
                raise EOFError('Ran out of input')
            f = dispatch.get(key[0])
            if f is None:
                raise _errors()('invalid load key, %r.'
                                % chr(key[0]))
            try:
                f(self)
            except _Stop:
                if self.stack:
                    return self.stack.pop()
                self._underflow()
            except IndexError:
                self._underflow()

    def _underflow(self):
        if self.metastack:
            raise _errors()('unexpected MARK found') from None
        raise _errors()('unpickling stack underflow') from None

    def _read_key(self):
        if self._frame is not None:
            return self._read(1)
        return self._file_read(1)

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise _errors()('could not find MARK')
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise _errors()('A load persistent id instruction was encountered, '
                        'but no persistent_load function was specified.')

    def find_class(self, module, name):
        """The global `name` of `module`."""
        sys.audit('pickle.find_class', module, name) \
            if hasattr(sys, 'audit') else None
        if self.proto < 3 and self.fix_imports:
            import pickle
            if (module, name) in pickle._FROM_OLD_NAMES:
                module, name = pickle._FROM_OLD_NAMES[(module, name)]
            module = pickle._FROM_OLD.get(module, module)
        __import__(module, level=0)
        obj = sys.modules[module]
        for part in name.split('.') if self.proto >= 4 else [name]:
            obj = getattr(obj, part)
        return obj

    # -- opcodes
    def load_proto(self):
        proto = self._read(1)[0]
        if proto > 5:
            raise ValueError('unsupported pickle protocol: %d' % proto)
        self.proto = proto

    def load_frame(self):
        size, = unpack('<Q', self._read(8))
        if self._frame is not None and self._pos < len(self._frame):
            raise _errors()('beginning of a new frame before end of '
                            'current frame')
        self._frame = self._read_file(size)
        self._pos = 0
        if not self._frame:
            self._frame = None

    def load_persid(self):
        pid = self._readline()[:-1].decode('ascii')
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            val = int(data, 0 if data.startswith(b'0') and
                      len(data) > 2 else 10)
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self._read(4))[0])

    def load_binint1(self):
        self.append(self._read(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self._read(2))[0])

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1:] == b'L':
            val = val[:-1]
        self.append(int(val, 0 if val.startswith(b'0') and len(val) > 1
                        else 10))

    def load_long1(self):
        n = self._read(1)[0]
        self.append(int.from_bytes(self._read(n), 'little', signed=True))

    def load_long4(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise _errors()('LONG pickle has negative byte count')
        self.append(int.from_bytes(self._read(n), 'little', signed=True))

    def load_float(self):
        self.append(float(self._readline()[:-1]))

    def load_binfloat(self):
        self.append(unpack('>d', self._read(8))[0])

    def _decode_string(self, value):
        if self.encoding == 'bytes':
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise _errors()('the STRING opcode argument must be quoted')
        import codecs
        self.append(self._decode_string(codecs.escape_decode(data)[0]))

    def load_binstring(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise _errors()('BINSTRING pickle has negative byte count')
        self.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n, = unpack('<I', self._read(4))
        self.append(self._read(n))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(self._read(n))

    def load_binbytes8(self):
        n, = unpack('<Q', self._read(8))
        self.append(self._read(n))

    def load_bytearray8(self):
        n, = unpack('<Q', self._read(8))
        self.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise _errors()('pickle stream refers to out-of-band data but '
                            'no *buffers* argument was given')
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise _errors()('not enough out-of-band buffers') from None
        self.append(buf)

    def load_readonly_buffer(self):
        pass

    def load_unicode(self):
        import _codecs
        data = self._readline()[:-1]
        self.append(_codecs.raw_unicode_escape_decode(data)[0])

    def load_binunicode(self):
        n, = unpack('<I', self._read(4))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = unpack('<Q', self._read(8))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or \
                hasattr(klass, '__getinitargs__'):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError('in constructor for %s: %s'
                                % (klass.__name__, err)) from err
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        if not isinstance(cls, type):
            raise _errors()('NEWOBJ class argument must be a type, not %s'
                            % type(cls).__name__)
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise _errors()('STACK_GLOBAL requires str')
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        key = copyreg._inverted_registry.get(code)
        if not key:
            raise ValueError('unregistered extension code %d' % code)
        obj = copyreg._extension_cache.get(code)
        if obj is None:
            obj = self.find_class(*key)
            copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self._read(1)[0])

    def load_ext2(self):
        self._load_ext(unpack('<H', self._read(2))[0])

    def load_ext4(self):
        self._load_ext(unpack('<i', self._read(4))[0])

    def load_reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self.stack[-1])

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise _errors()('Memo value not found at index %d' % idx) \
                from None

    def load_get(self):
        self._memo_get(int(self._readline()[:-1]))

    def load_binget(self):
        self._memo_get(self._read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._read(4))[0])

    def load_put(self):
        i = int(self._readline()[:-1])
        if i < 0:
            raise ValueError('negative PUT argument')
        self.memo[i] = self.stack[-1]

    def load_binput(self):
        self.memo[self._read(1)[0]] = self.stack[-1]

    def load_long_binput(self):
        self.memo[unpack('<I', self._read(4))[0]] = self.stack[-1]

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self.stack[-1]
        if isinstance(target, list):
            target.extend(items)
        else:
            for item in items:
                target.append(item)

    def load_setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None and _has_own_setstate(type(inst)):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop


def _has_own_setstate(cls):
    for klass in cls.__mro__:
        if klass is object:
            return False
        d = getattr(klass, '__dict__', None)
        if d is not None and '__setstate__' in d:
            return True
    return False


_OPS = {
    b'(': 'mark', b'.': 'stop', b'0': 'pop', b'1': 'pop_mark', b'2': 'dup',
    b'F': 'float', b'I': 'int', b'J': 'binint', b'K': 'binint1',
    b'L': 'long', b'M': 'binint2', b'N': 'none', b'P': 'persid',
    b'Q': 'binpersid', b'R': 'reduce', b'S': 'string', b'T': 'binstring',
    b'U': 'short_binstring', b'V': 'unicode', b'X': 'binunicode',
    b'a': 'append', b'b': 'build', b'c': 'global', b'd': 'dict',
    b'}': 'empty_dictionary', b'e': 'appends', b'g': 'get', b'h': 'binget',
    b'i': 'inst', b'j': 'long_binget', b'l': 'list', b']': 'empty_list',
    b'o': 'obj', b'p': 'put', b'q': 'binput', b'r': 'long_binput',
    b's': 'setitem', b't': 'tuple', b')': 'empty_tuple', b'u': 'setitems',
    b'G': 'binfloat', b'\x80': 'proto', b'\x81': 'newobj', b'\x82': 'ext1',
    b'\x83': 'ext2', b'\x84': 'ext4', b'\x85': 'tuple1', b'\x86': 'tuple2',
    b'\x87': 'tuple3', b'\x88': 'true', b'\x89': 'false', b'\x8a': 'long1',
    b'\x8b': 'long4', b'B': 'binbytes', b'C': 'short_binbytes',
    b'\x8c': 'short_binunicode', b'\x8d': 'binunicode8',
    b'\x8e': 'binbytes8', b'\x8f': 'empty_set', b'\x90': 'additems',
    b'\x91': 'frozenset', b'\x92': 'newobj_ex', b'\x93': 'stack_global',
    b'\x94': 'memoize', b'\x95': 'frame', b'\x96': 'bytearray8',
    b'\x97': 'next_buffer', b'\x98': 'readonly_buffer',
}
Unpickler.dispatch = {k[0]: getattr(Unpickler, 'load_' + v)
                      for k, v in _OPS.items()}
