"""Python object serialization (Taipan's own implementation).

The Pickler writes the same opcodes as CPython's C pickler for each
protocol (0-5), memoizing every object it may meet again, framing the
output of protocols 4 and 5; objects without a dedicated opcode go
through ``copyreg.dispatch_table``, ``__reduce_ex__``/``__reduce__`` or
the default reduction of instances (``__getnewargs__``, ``__getstate__``,
the instance dict and slots). The Unpickler runs the opcodes on a stack.
"""

import copyreg
import io as _io
import sys
from struct import pack, unpack

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler',
           'Unpickler', 'dump', 'dumps', 'load', 'loads', 'PickleBuffer',
           'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 5
format_version = '5.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']


class PickleError(Exception):
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'


class PickleBuffer:
    """A wrapper of a buffer for out-of-band pickling (protocol 5)."""

    def __init__(self, buffer):
        self._buffer = buffer

    def raw(self):
        return memoryview(bytes(self._buffer))

    def release(self):
        pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Opcodes
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_TARGET = 64 * 1024

# Names of protocol 3+ modules as protocols 0-2 write them, and back.
_TO_OLD = {'builtins': '__builtin__', 'copyreg': 'copy_reg',
           'queue': 'Queue', 'socketserver': 'SocketServer',
           'configparser': 'ConfigParser', 'reprlib': 'repr'}
_FROM_OLD = {v: k for k, v in _TO_OLD.items()}
_FROM_OLD['exceptions'] = 'builtins'
# Globals renamed since Python 2, as protocols 0-2 write them.
_OLD_NAMES = {('builtins', 'range'): ('__builtin__', 'xrange'),
              ('builtins', 'int'): ('__builtin__', 'long'),
              ('builtins', 'str'): ('__builtin__', 'unicode'),
              ('builtins', 'chr'): ('__builtin__', 'unichr'),
              ('functools', 'reduce'): ('__builtin__', 'reduce'),
              ('sys', 'intern'): ('__builtin__', 'intern')}
_FROM_OLD_NAMES = {v: k for k, v in _OLD_NAMES.items()}


def _encode_long(x):
    """The two's-complement little-endian bytes of x (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _raw_unicode_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if o >= 0x10000:
            out.append('\\U%08x' % o)
        elif o >= 256 or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % o)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _getattribute(obj, name):
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError(part)
        obj = getattr(obj, part)
    return obj


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d'
                             % HIGHEST_PROTOCOL)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = protocol
        self.bin = protocol >= 1
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._names = {}
        self.fast = 0
        self._out = bytearray()
        self._frame = None

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj."""
        if not hasattr(self, '_out'):
            raise PicklingError('Pickler.__init__() was not called by '
                                '%s.__init__()' % type(self).__name__)
        self._out = bytearray()
        if self.proto >= 2:
            self._out += PROTO + bytes([self.proto])
        if self.proto >= 4:
            self._frame = bytearray()
        self.save(obj)
        self.write(STOP)
        self._commit_frame()
        self._file_write(bytes(self._out))
        self._out = bytearray()

    def write(self, data):
        if self._frame is not None:
            self._frame += data
        else:
            self._out += data

    def _commit_frame(self):
        frame = self._frame
        if frame is None:
            return
        if len(frame) >= 4:
            self._out += FRAME + pack('<Q', len(frame))
        self._out += frame
        self._frame = bytearray()

    # -- memo
    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes([idx])
            return LONG_BINPUT + pack('<I', idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + bytes([idx])
            return LONG_BINGET + pack('<I', idx)
        return GET + repr(idx).encode('ascii') + b'\n'

    # -- the dispatcher
    def save(self, obj, save_persistent_id=True):
        if self._frame is not None and len(self._frame) >= _FRAME_TARGET:
            self._commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, 'dispatch_table', copyreg.dispatch_table).get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(obj, type):
            self.save_global(obj)
            return
        else:
            reducer = getattr(self, 'reducer_override', None)
            rv = reducer(obj) if reducer is not None else NotImplemented
            if rv is NotImplemented:
                rv = _reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return string or tuple'
                                % ('__reduce__',))
        if not 2 <= len(rv) <= 6:
            raise PicklingError('tuple returned by %s must contain 2 '
                                'through 6 elements' % ('__reduce__',))
        self.save_reduce(*rv, obj=obj)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            self.write(PERSID + str(pid).encode('ascii') + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by '
                                '__reduce__ must be a tuple, not %s'
                                % type(args).__name__)
        if not callable(func):
            raise PicklingError('first item of the tuple returned by '
                                '__reduce__ must be callable, not %s'
                                % type(func).__name__)
        name = getattr(func, '__name__', '')
        if self.proto >= 2 and name == '__newobj_ex__' and \
                func is copyreg.__newobj_ex__:
            cls, args, kwargs = args
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                self.write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *args,
                                            **kwargs))
                self.save(())
                self.write(REDUCE)
        elif self.proto >= 2 and name == '__newobj__' and \
                func is copyreg.__newobj__:
            cls = args[0]
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                self.write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2)
                self.write(REDUCE)
                self.write(POP)

    # -- atoms
    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin and -0x80000000 <= obj <= 0x7fffffff:
            if 0 <= obj <= 0xff:
                self.write(BININT1 + bytes([obj]))
            elif 0 <= obj <= 0xffff:
                self.write(BININT2 + pack('<H', obj))
            else:
                self.write(BININT + pack('<i', obj))
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self.write(LONG1 + bytes([len(data)]) + data)
            else:
                self.write(LONG4 + pack('<i', len(data)) + data)
            return
        if -0x8000000000000000 <= obj <= 0x7fffffffffffffff and \
                not self.bin:
            self.write(INT + repr(obj).encode('ascii') + b'\n')
        else:
            self.write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode,
                                 (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + pack('<Q', n) + obj)
        else:
            self.write(BINBYTES + pack('<I', n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self.write(BYTEARRAY8 + pack('<Q', len(obj)) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes([n]) + data)
            elif n > 0xffffffff and self.proto >= 4:
                self.write(BINUNICODE8 + pack('<Q', n) + data)
            else:
                self.write(BINUNICODE + pack('<I', n) + data)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    # -- containers
    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            if id(obj) in self.memo:
                self.write(POP * n + self.get(self.memo[id(obj)][0]))
            else:
                self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            get = self.get(self.memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        if not self.bin:
            for x in items:
                self.save(x)
                self.write(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                self.write(MARK)
                for x in batch:
                    self.save(x)
                self.write(APPENDS)
            elif n:
                self.save(batch[0])
                self.write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                self.write(MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                self.write(SETITEMS)
            elif n:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[i:i + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    # -- globals
    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2 = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            if '<locals>' in name.split('.'):
                raise PicklingError("Can't pickle local object %r" % (obj,))
            raise PicklingError("Can't pickle %r: it's not found as %s.%s"
                                % (obj, module_name, name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                'as %s.%s' % (obj, module_name, name))
        if self.proto >= 4:
            # The same name is one str object, memoized once (as the
            # interned names of CPython).
            self.save(self._names.setdefault(module_name, module_name))
            self.save(self._names.setdefault(name, name))
            self.write(STACK_GLOBAL)
        elif '.' in name:
            parent_name, _, attr = name.rpartition('.')
            parent = _getattribute(module, parent_name)
            self.save_reduce(getattr, (parent, attr))
            return
        else:
            if self.fix_imports:
                module_name, name = _OLD_NAMES.get((module_name, name),
                                                   (module_name, name))
                module_name = _TO_OLD.get(module_name, module_name)
            self.write(GLOBAL + module_name.encode('utf-8') + b'\n' +
                       name.encode('utf-8') + b'\n')
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    dispatch = {}


Pickler.dispatch = {
    type(None): Pickler.save_none, bool: Pickler.save_bool,
    int: Pickler.save_long, float: Pickler.save_float,
    bytes: Pickler.save_bytes, bytearray: Pickler.save_bytearray,
    str: Pickler.save_str, tuple: Pickler.save_tuple,
    list: Pickler.save_list, dict: Pickler.save_dict,
    set: Pickler.save_set, frozenset: Pickler.save_frozenset,
    type: Pickler.save_type, type(len): Pickler.save_global,
    type(lambda: 0): Pickler.save_global,
}


def _whichmodule(obj, name):
    if obj is ... or obj is NotImplemented:
        return 'builtins'
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module is None:
            continue
        try:
            if _getattribute(module, name) is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


_UNPICKLABLE = {'generator', 'coroutine', 'async_generator', 'module',
                'frame', 'code', 'list_iterator', 'tuple_iterator',
                'str_iterator', 'range_iterator', 'dict_keyiterator',
                'dict_valueiterator', 'dict_itemiterator', 'set_iterator',
                'method', 'TextIOWrapper', 'BufferedReader',
                'BufferedWriter', 'FileIO', '_thread.lock', 'mappingproxy'}


def _own(cls, name):
    """A method cls (not object) defines, else None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if klass.__module__ == 'builtins':
            continue
        d = getattr(klass, '__dict__', None)
        if d is not None and name in d:
            return d[name]
    return None


def _reduce(obj, proto):
    """obj.__reduce_ex__(proto), with object's default where the class
    has none."""
    cls = type(obj)
    method = _own(cls, '__reduce_ex__')
    if method is not None:
        return method(obj, proto)
    method = _own(cls, '__reduce__')
    if method is not None:
        return method(obj)
    if obj is ... or obj is NotImplemented:
        return 'Ellipsis' if obj is ... else 'NotImplemented'
    if cls is complex:
        return complex, (obj.real, obj.imag)
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls.__name__ == 'deque' and cls.__module__ == 'collections':
        return cls, (list(obj), obj.maxlen)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if isinstance(obj, BaseException):
        state = getattr(obj, '__dict__', None) or None
        return cls, obj.args, state
    name = cls.__name__
    if name in _UNPICKLABLE or (cls.__module__ == 'builtins' and
                                not hasattr(obj, '__dict__') and
                                cls not in (object,)):
        raise TypeError("cannot pickle '%s' object" % name)
    return _default_reduce(obj, proto)


def _object_state(obj):
    getstate = _own(type(obj), '__getstate__')
    if getstate is not None:
        return getstate(obj)
    d = getattr(obj, '__dict__', None)
    state = d if d else None
    slots = {}
    for name in copyreg._slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return state, slots
    return state


def _default_reduce(obj, proto):
    cls = type(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if proto < 2:
        base = object
        for klass in cls.__mro__:
            if klass is not object and klass.__module__ == 'builtins':
                base = klass
                break
        if base is object:
            args = (cls, object, None)
        else:
            args = (cls, base, base(obj))
        state = _object_state(obj)
        if isinstance(state, tuple):
            raise TypeError('a class that defines __slots__ without '
                            'defining __getstate__ cannot be pickled with '
                            'protocol %d' % proto)
        return (copyreg._reconstructor, args, state, listitems, dictitems)
    getnewargs_ex = _own(cls, '__getnewargs_ex__')
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(obj)
    else:
        getnewargs = _own(cls, '__getnewargs__')
        if getnewargs is not None:
            args = getnewargs(obj)
        elif isinstance(obj, (int, float, str, bytes, tuple, frozenset)):
            base = next(k for k in cls.__mro__ if k.__module__ == 'builtins'
                        and k is not object)
            args = (base(obj),)
        else:
            args = ()
    state = _object_state(obj)
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, tuple(args), kwargs), state,
                listitems, dictitems)
    return (copyreg.__newobj__, (cls,) + tuple(args), state, listitems,
            dictitems)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj as bytes."""
    f = _io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def dump(obj, file, protocol=None, *, fix_imports=True,
         buffer_callback=None):
    """Write the pickle of obj to the binary file `file`."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


from _taipan_unpickle import Unpickler  # noqa: E402


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict',
          buffers=()):
    """The object a pickle (bytes-like) describes."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_io.BytesIO(data), fix_imports=fix_imports,
                     encoding=encoding, errors=errors,
                     buffers=buffers).load()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict',
         buffers=()):
    """Read one pickled object from the binary file `file`."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


for _cls in (Pickler, Unpickler):
    _cls.__module__ = '_pickle'
    _cls.__taipan_tp_name__ = '_pickle.' + _cls.__name__
