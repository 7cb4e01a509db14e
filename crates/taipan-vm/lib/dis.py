"""Disassembler of Taipan's bytecode, with CPython 3.14's `dis` API and layout.

The instructions are Taipan's own (named and numbered as CPython names them
where they mean the same). The native `_dis` module supplies what a code
object does not show by itself: the instruction table, the position and
exception tables, the names of the local slots.
"""

import sys
import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode", "cmp_op",
           "stack_effect", "hascompare", "opname", "opmap", "HAVE_ARGUMENT",
           "EXTENDED_ARG", "hasarg", "hasconst", "hasname", "hasjump",
           "hasjrel", "hasjabs", "hasfree", "haslocal", "hasexc"]

# ---------------------------------------------------------------- the tables

HAVE_ARGUMENT = 43
_FREE_OPS = ("DELETE_DEREF", "LOAD_FROM_DICT_OR_DEREF", "MAKE_CELL", "STORE_DEREF")

opname = ["<%r>" % (op,) for op in range(267)]
opmap = {}
hasarg = []
hasconst = []
hasname = []
hasjump = []
hasjrel = []
hasjabs = []
haslocal = []
hasfree = []
hasexc = []
hascompare = []
_caches = {}
_backward = set()
# The fields of each instruction's inline cache, in code units (CPython
# 3.14's layout; Taipan leaves them zero).
_CACHE_FORMAT = {
    "LOAD_GLOBAL": {"counter": 1, "index": 1, "module_keys_version": 1,
                    "builtin_keys_version": 1},
    "BINARY_OP": {"counter": 1, "descr": 4},
    "LOAD_ATTR": {"counter": 1, "version": 2, "keys_version": 2, "descr": 4},
    "STORE_ATTR": {"counter": 1, "version": 2, "index": 1},
    "CALL": {"counter": 1, "func_version": 2},
    "CALL_KW": {"counter": 1, "func_version": 2},
    "TO_BOOL": {"counter": 1, "version": 2},
}
_local_pairs = set()

for _num, _name, _kind, _back, _ncache in _dis.opcodes():
    opname[_num] = _name
    opmap[_name] = _num
    _caches[_num] = _ncache
    if _back:
        _backward.add(_num)
    if _num > HAVE_ARGUMENT:
        hasarg.append(_num)
    if _kind == "const":
        hasconst.append(_num)
    elif _kind == "name":
        hasname.append(_num)
    elif _kind == "jump":
        hasjump.append(_num)
        hasjrel.append(_num)
    elif _kind == "local_pair":
        haslocal.append(_num)
        _local_pairs.add(_num)
    elif _kind == "local":
        if _name in _FREE_OPS:
            hasfree.append(_num)
        else:
            haslocal.append(_num)
    if _name == "COMPARE_OP":
        hascompare.append(_num)
hasarg.sort()
_hasarg_set = set(hasarg)
for _list in (hasconst, hasname, hasjump, hasjrel, haslocal, hasfree):
    _list.sort()

EXTENDED_ARG = opmap["EXTENDED_ARG"]
CACHE = opmap["CACHE"]
cmp_op = ('<', '<=', '==', '!=', '>', '>=')

_NB_OPS = ('+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
           '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=',
           '-=', '/=', '^=', '[]')
_INTRINSIC_1 = ('INTRINSIC_1_INVALID', 'INTRINSIC_PRINT',
                'INTRINSIC_IMPORT_STAR', 'INTRINSIC_STOPITERATION_ERROR',
                'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE',
                'INTRINSIC_LIST_TO_TUPLE', 'INTRINSIC_TYPEVAR',
                'INTRINSIC_PARAMSPEC', 'INTRINSIC_TYPEVARTUPLE',
                'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS')
_INTRINSIC_2 = ('INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR',
                'INTRINSIC_TYPEVAR_WITH_BOUND',
                'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS',
                'INTRINSIC_SET_FUNCTION_TYPE_PARAMS',
                'INTRINSIC_SET_TYPEPARAM_DEFAULT')
_COMMON_CONSTANTS = ('AssertionError', 'NotImplementedError', 'tuple',
                     '<built-in function all>', '<built-in function any>',
                     'list', 'set')
FUNCTION_ATTR_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure',
                       'annotate')

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
    0x4000000: "HAS_DOCSTRING",
    0x8000000: "METHOD",
}


def _sample():
    pass


class _Sample:
    def method(self):
        pass


_FunctionType = type(_sample)
_CodeType = type(_sample.__code__)
_MethodType = type(_Sample().method)
_have_code = (_MethodType, _FunctionType, _CodeType,
              type(classmethod(_sample)), type(staticmethod(_sample)), type)


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


stack_effect = _dis.stack_effect


# ---------------------------------------------------------------- records

def _record(name, fields, defaults):
    """A named-tuple class (what `collections.namedtuple` makes)."""
    first_default = len(fields) - len(defaults)

    def __new__(cls, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("%s.__new__() takes from %d to %d positional "
                            "arguments but %d were given"
                            % (name, first_default + 1, len(fields) + 1,
                               len(args) + 1))
        values = list(args)
        for i in range(len(args), len(fields)):
            field = fields[i]
            if field in kwargs:
                values.append(kwargs.pop(field))
            elif i >= first_default:
                values.append(defaults[i - first_default])
            else:
                raise TypeError("%s.__new__() missing required argument: %r"
                                % (name, field))
        if kwargs:
            raise TypeError("%s.__new__() got an unexpected keyword "
                            "argument %r" % (name, list(kwargs)[0]))
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self))
        return "%s(%s)" % (type(self).__name__, inner)

    def _replace(self, **changes):
        values = [changes.pop(f, v) for f, v in zip(fields, self)]
        if changes:
            raise ValueError("Got unexpected field names: %r" % list(changes))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(fields, self))

    namespace = {"__new__": __new__, "__repr__": __repr__,
                 "_replace": _replace, "_asdict": _asdict,
                 "_fields": tuple(fields), "__slots__": ()}
    cls = type(name, (tuple,), namespace)
    for i, field in enumerate(fields):
        setattr(cls, field, property(lambda self, i=i: self[i]))
    return cls


Positions = _record("Positions",
                    ("lineno", "end_lineno", "col_offset", "end_col_offset"),
                    (None, None, None, None))

_Instruction = _record("_Instruction",
                       ("opname", "opcode", "arg", "argval", "argrepr",
                        "offset", "start_offset", "starts_line",
                        "line_number", "label", "positions", "cache_info"),
                       (None, None, None))


class Instruction(_Instruction):
    """Details for a bytecode operation."""

    __slots__ = ()

    @staticmethod
    def make(opname, arg, argval, argrepr, offset, start_offset, starts_line,
             line_number, label=None, positions=None, cache_info=None):
        return Instruction(opname, opmap[opname], arg, argval, argrepr,
                           offset, start_offset, starts_line, line_number,
                           label, positions, cache_info)

    @property
    def oparg(self):
        """Alias for Instruction.arg."""
        return self.arg

    @property
    def baseopcode(self):
        """Taipan does not specialise: the opcode itself."""
        return self.opcode

    @property
    def baseopname(self):
        """Taipan does not specialise: the name itself."""
        return opname[self.opcode]

    @property
    def cache_offset(self):
        """Start index of the cache entries following the operation."""
        return self.offset + 2

    @property
    def end_offset(self):
        """End index of the cache entries following the operation."""
        return self.cache_offset + _caches.get(self.opcode, 0) * 2

    @property
    def jump_target(self):
        """Bytecode index of the jump target, for a jump instruction."""
        return _jump_target(self.opcode, self.arg, self.offset)

    @property
    def is_jump_target(self):
        """True if other code jumps to here, otherwise False."""
        return self.label is not None

    def __str__(self):
        out = _Output()
        Formatter(file=out).print_instruction(self, False)
        return out.getvalue()


class _Output:
    """The little of `io.StringIO` that `print(file=...)` needs."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def getvalue(self):
        return "".join(self.parts)


class _ExceptionTableEntry:
    """One entry of the exception table, offsets in bytes."""

    def __init__(self, start, end, target, depth, lasti):
        self.start = start
        self.end = end
        self.target = target
        self.depth = depth
        self.lasti = lasti

    def __iter__(self):
        return iter((self.start, self.end, self.target, self.depth,
                     self.lasti))

    def __repr__(self):
        return ("_ExceptionTableEntry(start=%r, end=%r, target=%r, depth=%r, "
                "lasti=%r)" % tuple(self))


# ---------------------------------------------------------------- decoding

def _try_compile(source, name):
    """Compile `source` as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _unwrap(x):
    """The code of a method, function, static/class method or generator;
    anything else unchanged."""
    inner = _dis.code_of(x)
    if inner is not None:
        x = inner
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    return x


def _get_code_object(x):
    """The code object of a method, function, generator, source string..."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, _CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" %
                    type(x).__name__)


def _jump_target(op, arg, offset):
    """The offset a jump instruction goes to, else None."""
    if op not in hasjrel or arg is None:
        return None
    if op in _backward:
        arg = -arg
    return offset + 2 + arg * 2 + 2 * _caches.get(op, 0)


def _unpack_opargs(code):
    """(offset, start_offset, op, arg) per instruction, caches skipped."""
    extended_arg = 0
    extended_args = 0
    caches = 0
    for i in range(0, len(code) - 1, 2):
        if caches:
            caches -= 1
            continue
        op = code[i]
        caches = _caches.get(op, 0)
        if op in _hasarg_set or (op not in _caches and op > HAVE_ARGUMENT):
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if op == EXTENDED_ARG else 0
        else:
            arg = None
            extended_arg = 0
        if op == EXTENDED_ARG:
            extended_args += 1
            yield (i, i, op, arg)
        else:
            yield (i, i - extended_args * 2, op, arg)
            extended_args = 0


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets."""
    labels = []
    for offset, _, op, arg in _unpack_opargs(code):
        label = _jump_target(op, arg, offset)
        if label is not None and label not in labels:
            labels.append(label)
    return labels


def _co_lines(co):
    """(start, end, line) ranges of code units, as `co_lines()`."""
    positions = _dis.positions(co)
    ranges = []
    for i, pos in enumerate(positions):
        line = pos[0]
        if ranges and ranges[-1][2] == line:
            ranges[-1][1] = 2 * i + 2
        else:
            ranges.append([2 * i, 2 * i + 2, line])
    return [tuple(r) for r in ranges]


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno); lineno is None for code without a line.
    """
    lastline = False
    for start, _end, line in _co_lines(code):
        if line != lastline or lastline is False:
            lastline = line
            yield start, line


def _parse_exception_table(co):
    return [_ExceptionTableEntry(*e) for e in _dis.exception_table(co)]


def _make_labels_map(original_code, exception_entries=()):
    labels = set(findlabels(original_code))
    for e in exception_entries:
        labels.add(e.start)
        labels.add(e.end)
        labels.add(e.target)
    labels_map = {offset: i + 1 for i, offset in enumerate(sorted(labels))}
    for e in exception_entries:
        e.start_label = labels_map[e.start]
        e.end_label = labels_map[e.end]
        e.target_label = labels_map[e.target]
    return labels_map


class ArgResolver:
    """Turns an instruction's argument into its value and description."""

    def __init__(self, co_consts=None, names=None, varname_from_oparg=None,
                 labels_map=None):
        self.co_consts = co_consts
        self.names = names
        self.varname_from_oparg = varname_from_oparg
        self.labels_map = labels_map or {}

    def offset_from_jump_arg(self, op, arg, offset):
        return _jump_target(op, arg, offset)

    def get_label_for_offset(self, offset):
        return self.labels_map.get(offset, None)

    def _name(self, index):
        if self.names is None:
            return UNKNOWN, ''
        value = self.names[index]
        return value, value

    def _local(self, index):
        if self.varname_from_oparg is None:
            return UNKNOWN, ''
        value = self.varname_from_oparg(index)
        return value, value

    def get_argval_argrepr(self, op, arg, offset):
        if arg is None:
            return None, ''
        name = opname[op]
        if op in hasconst:
            if self.co_consts is None:
                return UNKNOWN, ''
            value = self.co_consts[arg]
            return value, repr(value)
        if op in hasname:
            return self._name_argrepr(name, arg)
        if op in hasjump:
            target = self.offset_from_jump_arg(op, arg, offset)
            label = self.get_label_for_offset(target)
            return target, "to L%s" % (label,)
        if op in _local_pairs:
            first, text1 = self._local(arg >> 4)
            second, text2 = self._local(arg & 15)
            return (first, second), "%s, %s" % (text1, text2)
        if op in haslocal or op in hasfree:
            return self._local(arg)
        return arg, self._number_argrepr(name, arg)

    def _name_argrepr(self, name, arg):
        if name in ("LOAD_GLOBAL", "LOAD_ATTR"):
            value, text = self._name(arg >> 1)
            if arg & 1 and text:
                text += " + NULL" if name == "LOAD_GLOBAL" else " + NULL|self"
            return value, text
        if name == "LOAD_SUPER_ATTR":
            value, text = self._name(arg >> 2)
            if arg & 1 and text:
                text += " + NULL|self"
            return value, text
        return self._name(arg)

    def _number_argrepr(self, name, arg):
        if name == "COMPARE_OP":
            text = cmp_op[(arg >> 5) % len(cmp_op)]
            return "bool(%s)" % text if arg & 16 else text
        if name == "CONVERT_VALUE":
            return ('', 'str', 'repr', 'ascii')[arg] if arg < 4 else ''
        if name == "SET_FUNCTION_ATTRIBUTE":
            return ', '.join(s for i, s in enumerate(FUNCTION_ATTR_FLAGS)
                             if arg & (1 << i))
        table = {"BINARY_OP": _NB_OPS, "CALL_INTRINSIC_1": _INTRINSIC_1,
                 "LOAD_SPECIAL": ("__enter__", "__exit__", "__aenter__",
                                  "__aexit__"),
                 "CALL_INTRINSIC_2": _INTRINSIC_2,
                 "LOAD_COMMON_CONSTANT": _COMMON_CONSTANTS}.get(name)
        if table is not None:
            return table[arg] if arg < len(table) else ''
        if name == "IS_OP":
            return 'is not' if arg else 'is'
        if name == "CONTAINS_OP":
            return 'not in' if arg else 'in'
        return ''


def _get_instructions_bytes(code, linestarts=None, line_offset=0,
                            co_positions=None, original_code=None,
                            arg_resolver=None):
    """Iterate over the instructions of a bytecode string."""
    original_code = original_code or code
    positions = list(co_positions or ())
    line_number = None
    local_line = None
    for offset, start_offset, op, arg in _unpack_opargs(original_code):
        starts_line = False
        if linestarts is not None:
            starts_line = offset in linestarts
            if starts_line:
                local_line = linestarts[offset]
            line_number = None if local_line is None else local_line + line_offset
        unit = offset // 2
        pos = Positions(*positions[unit]) if unit < len(positions) else Positions()
        if arg_resolver:
            argval, argrepr = arg_resolver.get_argval_argrepr(op, arg, offset)
        else:
            argval, argrepr = arg, repr(arg)
        ncache = _caches.get(op, 0)
        cache_info = None
        if ncache:
            cache_info = []
            at = offset + 2
            for name, size in _CACHE_FORMAT.get(opname[op], {"counter": ncache}).items():
                cache_info.append((name, size, bytes(code[at: at + 2 * size])))
                at += 2 * size
        label = arg_resolver.get_label_for_offset(offset) if arg_resolver else None
        yield Instruction(opname[op], op, arg, argval, argrepr, offset,
                          start_offset, starts_line, line_number, label, pos,
                          cache_info)


def _resolver(co, labels_map):
    names = _dis.localsplus(co)
    return ArgResolver(co_consts=co.co_consts, names=co.co_names,
                       varname_from_oparg=names.__getitem__,
                       labels_map=labels_map)


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    """Iterator for the opcodes in methods, functions or code."""
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    labels_map = _make_labels_map(co.co_code)
    return _get_instructions_bytes(co.co_code, linestarts=linestarts,
                                   line_offset=line_offset,
                                   co_positions=_dis.positions(co),
                                   arg_resolver=_resolver(co, labels_map))


# ---------------------------------------------------------------- formatting

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5
_NO_LINENO = '  --'


class Formatter:
    """Prints instructions in `dis`'s columns."""

    def __init__(self, file=None, lineno_width=0, offset_width=0,
                 label_width=0, line_offset=0, show_caches=False, *,
                 show_positions=False):
        self.file = file
        self.lineno_width = lineno_width
        self.offset_width = offset_width
        self.label_width = label_width
        self.show_caches = show_caches
        self.show_positions = show_positions

    def print_instruction(self, instr, mark_as_current=False):
        self.print_instruction_line(instr, mark_as_current)
        if self.show_caches and instr.cache_info:
            offset = instr.offset
            for name, size, data in instr.cache_info:
                for i in range(size):
                    offset += 2
                    argrepr = ("%s: %d" % (name, int.from_bytes(data, sys.byteorder))
                               if i == 0 else "")
                    self.print_instruction_line(
                        Instruction("CACHE", CACHE, 0, None, argrepr, offset,
                                    offset, False, None, None,
                                    instr.positions),
                        False)

    def _location(self, instr):
        width = self.lineno_width
        if self.show_positions:
            pos = instr.positions
            if not pos:
                return ' ' * width
            if all(p is None for p in pos):
                text = _NO_LINENO
            else:
                ps = tuple('?' if p is None else p for p in pos)
                text = "%s:%s-%s:%s" % (ps[0], ps[2], ps[1], ps[3])
            return text.ljust(width)
        if not instr.starts_line:
            return ' ' * width
        if instr.line_number is None:
            return _NO_LINENO.rjust(width)
        return str(instr.line_number).rjust(width)

    def print_instruction_line(self, instr, mark_as_current):
        """Print one instruction's line."""
        if self.lineno_width > 0 and instr.starts_line and instr.offset > 0:
            print(file=self.file)
        fields = []
        if self.lineno_width:
            fields.append(self._location(instr))
        if instr.label is not None:
            fields.append(("L%s:" % instr.label).rjust(self.label_width))
        else:
            fields.append(' ' * self.label_width)
        if self.offset_width > 0:
            fields.append(repr(instr.offset).rjust(self.offset_width) + "  ")
        fields.append('-->' if mark_as_current else '   ')
        fields.append(instr.opname.ljust(_OPNAME_WIDTH))
        if instr.arg is not None:
            excess = max(0, len(instr.opname) - _OPNAME_WIDTH)
            fields.append(repr(instr.arg).rjust(_OPARG_WIDTH - excess))
            if instr.argrepr:
                fields.append('(' + instr.argrepr + ')')
        print(' '.join(fields).rstrip(), file=self.file)

    def print_exception_table(self, exception_entries):
        if exception_entries:
            print("ExceptionTable:", file=self.file)
            for entry in exception_entries:
                lasti = " lasti" if entry.lasti else ""
                print("  L%s to L%s -> L%s [%s]%s"
                      % (entry.start_label, entry.end_label,
                         entry.target_label, entry.depth, lasti),
                      file=self.file)


def _get_lineno_width(linestarts):
    if linestarts is None:
        return 0
    lines = [line for line in linestarts.values() if line]
    if not lines:
        return 0
    width = max(3, len(str(max(lines))))
    if width < len(_NO_LINENO) and None in linestarts.values():
        width = len(_NO_LINENO)
    return width


def _get_positions_width(co):
    has_value = False
    values_width = 0
    for positions in _dis.positions(co):
        has_value = has_value or any(isinstance(p, int) for p in positions)
        width = sum(1 if p is None else len(str(p)) for p in positions)
        values_width = max(width, values_width)
    if has_value:
        return 1 + max(len(_NO_LINENO), 3 + values_width)
    return 0


def _formatter(co, linestarts, labels_map, file, show_caches, show_offsets,
               show_positions):
    if show_positions:
        lineno_width = _get_positions_width(co)
    else:
        lineno_width = _get_lineno_width(linestarts)
    offset_width = len(str(max(len(co.co_code) - 2, 9999))) if show_offsets else 0
    return Formatter(file=file, lineno_width=lineno_width,
                     offset_width=offset_width,
                     label_width=4 + len(str(len(labels_map))),
                     show_caches=show_caches, show_positions=show_positions)


def print_instructions(instrs, exception_entries, formatter, lasti=-1):
    """Print instructions, then the exception table."""
    for instr in instrs:
        current = instr.offset <= lasti <= instr.offset + 2 * _caches.get(instr.opcode, 0)
        formatter.print_instruction(instr, current)
    formatter.print_exception_table(exception_entries)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False,
                show_offsets=False, show_positions=False):
    """Disassemble a code object."""
    linestarts = dict(findlinestarts(co))
    entries = _parse_exception_table(co)
    labels_map = _make_labels_map(co.co_code, entries)
    formatter = _formatter(co, linestarts, labels_map, file, show_caches,
                           show_offsets, show_positions)
    instrs = _get_instructions_bytes(co.co_code, linestarts=linestarts,
                                     co_positions=_dis.positions(co),
                                     arg_resolver=_resolver(co, labels_map))
    print_instructions(instrs, entries, formatter, lasti=lasti)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, **options):
    disassemble(co, file=file, **options)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if isinstance(x, _CodeType):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth, **options)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False,
        show_offsets=False, show_positions=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.
    """
    options = {"show_caches": show_caches, "adaptive": adaptive,
               "show_offsets": show_offsets, "show_positions": show_positions}
    if x is None:
        distb(file=file, **options)
        return
    x = _unwrap(x)
    if isinstance(x, _CodeType):
        _disassemble_recursive(x, file=file, depth=depth, **options)
    elif hasattr(x, '__dict__'):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, **options)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_raw(x, file, show_caches, show_offsets)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file,
                               depth=depth, **options)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)


def _disassemble_raw(code, file, show_caches, show_offsets):
    labels_map = _make_labels_map(code)
    offset_width = len(str(max(len(code) - 2, 9999))) if show_offsets else 0
    formatter = Formatter(file=file, offset_width=offset_width,
                          label_width=4 + len(str(len(labels_map))),
                          show_caches=show_caches)
    resolver = ArgResolver(labels_map=labels_map)
    print_instructions(_get_instructions_bytes(code, arg_resolver=resolver),
                       (), formatter)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False,
          show_offsets=False, show_positions=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        if hasattr(sys, 'last_exc'):
            tb = sys.last_exc.__traceback__
        elif hasattr(sys, 'last_traceback'):
            tb = sys.last_traceback
        else:
            raise RuntimeError("no last traceback to disassemble")
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file,
                show_caches=show_caches, adaptive=adaptive,
                show_offsets=show_offsets, show_positions=show_positions)


# ---------------------------------------------------------------- code info

def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    sections = (("Constants:", co.co_consts, "%4d: %r"),
                ("Names:", co.co_names, "%4d: %s"),
                ("Variable names:", co.co_varnames, "%4d: %s"),
                ("Free variables:", co.co_freevars, "%4d: %s"),
                ("Cell variables:", co.co_cellvars, "%4d: %s"))
    for title, items, fmt in sections:
        if items:
            lines.append(title)
            for i_item in enumerate(items):
                lines.append(fmt % i_item)
    return "\n".join(lines)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


class Bytecode:
    """The bytecode operations of a piece of code.

    Iterating over this yields the bytecode operations as Instruction
    instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False, show_offsets=False,
                 show_positions=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive
        self.show_offsets = show_offsets
        self.show_positions = show_positions

    def __iter__(self):
        co = self.codeobj
        labels_map = _make_labels_map(co.co_code, self.exception_entries)
        return _get_instructions_bytes(co.co_code,
                                       linestarts=self._linestarts,
                                       line_offset=self._line_offset,
                                       co_positions=_dis.positions(co),
                                       arg_resolver=_resolver(co, labels_map))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """Construct a Bytecode from the given traceback."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        offset = -1 if self.current_offset is None else self.current_offset
        out = _Output()
        labels_map = _make_labels_map(co.co_code, self.exception_entries)
        formatter = _formatter(co, self._linestarts, labels_map, out,
                               self.show_caches, self.show_offsets,
                               self.show_positions)
        instrs = _get_instructions_bytes(co.co_code,
                                         linestarts=self._linestarts,
                                         line_offset=self._line_offset,
                                         co_positions=_dis.positions(co),
                                         arg_resolver=_resolver(co, labels_map))
        print_instructions(instrs, self.exception_entries, formatter,
                           lasti=offset)
        return out.getvalue()


# ---------------------------------------------------------------- python -m dis

_USAGE = ("usage: dis.py [-h] [-C] [-O] [-P] [-S] [infile]\n")


def _parse_main_args(args):
    flags = {"C": False, "O": False, "P": False, "S": False}
    longs = {"--show-caches": "C", "--show-offsets": "O",
             "--show-positions": "P", "--specialized": "S"}
    infile = None
    for arg in args:
        if arg in ("-h", "--help"):
            sys.stdout.write(_USAGE)
            raise SystemExit(0)
        if arg in longs:
            flags[longs[arg]] = True
        elif arg.startswith("-") and len(arg) > 1 and not arg.startswith("--") \
                and all(c in flags for c in arg[1:]):
            for c in arg[1:]:
                flags[c] = True
        elif arg.startswith("-") and arg != "-" or infile is not None:
            sys.stderr.write(_USAGE)
            sys.stderr.write("dis.py: error: unrecognized arguments: %s\n" % arg)
            raise SystemExit(2)
        else:
            infile = arg
    return flags, infile or "-"


def main(args=None):
    """`python -m dis [-C] [-O] [-P] [-S] [infile]`."""
    if args is None:
        args = sys.argv[1:]
    flags, infile = _parse_main_args(args)
    if infile == "-":
        code = compile(sys.stdin.read(), "<stdin>", "exec")
    else:
        code = _dis.compile_file(infile)
    dis(code, show_caches=flags["C"], adaptive=flags["S"],
        show_offsets=flags["O"], show_positions=flags["P"])


if __name__ == "__main__":
    main()
