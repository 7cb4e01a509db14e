"""Compiles a parsed pattern (``re._parser``'s tree) into the instruction
tuples the native matcher ``_re`` loads: one tuple per instruction, the
opcode first, jump targets as instruction indices (see
``crates/taipan-vm/src/modules/re/program.rs``)."""

MATCH, CHAR, CHAR_CASE, ANY, ANY_ALL, SET, CLASS, SPLIT, JMP, SAVE = range(10)
REP_CHAR, REP_INIT, REP_TEST, REP_INC, AT, BACKREF, LOOK, LOOK_END = range(10, 18)
GROUP_EXISTS, FAIL = 18, 19

_CLASS_CODES = {'d': 0, 'D': 1, 'w': 2, 'W': 3, 's': 4, 'S': 5}
_SINGLE = ('lit', 'any', 'set', 'cls')


def _class_code(letter, ascii_only):
    return _CLASS_CODES[letter] + (8 if ascii_only else 0)


def _has_case(c):
    return c.lower() != c or c.upper() != c or c in '\u0131\u017f\u212a\u212b'


class _Compiler:
    def __init__(self):
        self.code = []
        self.registers = 0

    def emit(self, op):
        self.code.append(op)
        return len(self.code) - 1

    def here(self):
        return len(self.code)

    def compile(self, node):
        kind = node[0]
        method = getattr(self, 'c_' + kind, None)
        if method is None:
            self.single(node)
        else:
            method(node)

    def single(self, node):
        kind = node[0]
        if kind == 'lit':
            c, case = node[1], node[2]
            if case and _has_case(c):
                self.emit((CHAR_CASE, ord(c), case))
            else:
                self.emit((CHAR, ord(c)))
        elif kind == 'any':
            self.emit((ANY_ALL,) if node[1] else (ANY,))
        elif kind == 'cls':
            self.emit((CLASS, _class_code(node[1], node[2])))
        elif kind == 'set':
            items = []
            for item in node[2]:
                if item[0] == 'lit':
                    items += [0, ord(item[1]), ord(item[1])]
                elif item[0] == 'range':
                    items += [0, ord(item[1]), ord(item[2])]
                else:
                    items += [1, _class_code(item[1], item[2]), 0]
            self.emit((SET, int(node[1]), node[3], tuple(items)))
        elif kind == 'bol':
            self.emit((AT, 1 if node[1] else 0))
        elif kind == 'eol':
            self.emit((AT, 3 if node[1] else 2))
        elif kind == 'A':
            self.emit((AT, 4))
        elif kind == 'Z':
            self.emit((AT, 5))
        elif kind == 'b':
            self.emit((AT, 8 if node[1] else 6))
        elif kind == 'B':
            self.emit((AT, 9 if node[1] else 7))
        elif kind == 'backref':
            self.emit((BACKREF, node[1], node[2]))
        else:
            raise RuntimeError(f're: cannot compile {kind}')

    def c_cat(self, node):
        for n in node[1]:
            self.compile(n)

    def c_alt(self, node):
        jumps = []
        branches = node[1]
        for idx, branch in enumerate(branches):
            if idx < len(branches) - 1:
                split = self.emit(None)
                self.compile(branch)
                jumps.append(self.emit(None))
                self.code[split] = (SPLIT, split + 1, self.here())
            else:
                self.compile(branch)
        for j in jumps:
            self.code[j] = (JMP, self.here())

    def c_group(self, node):
        if node[1] is None:
            self.compile(node[2])
            return
        self.emit((SAVE, 2 * node[1]))
        self.compile(node[2])
        self.emit((SAVE, 2 * node[1] + 1))

    def c_rep(self, node):
        _, lo, hi, greedy, body = node
        if hi == 0:
            return
        if lo == hi == 1:
            self.compile(body)
            return
        if body[0] in _SINGLE:
            self.emit((REP_CHAR, lo, hi, int(greedy)))
            self.single(body)
            return
        reg = self.registers
        self.registers += 1
        self.emit((REP_INIT, reg))
        test = self.emit(None)
        self.compile(body)
        self.emit((REP_INC, reg, test))
        self.code[test] = (REP_TEST, reg, lo, hi, int(greedy), self.here())

    def look(self, kind, width, body):
        start = self.emit(None)
        self.compile(body)
        self.emit((LOOK_END,))
        self.code[start] = (LOOK, kind, width, self.here())

    def c_look(self, node):
        self.look(1 if node[2] else 0, 0, node[3])

    def c_lookbehind(self, node):
        self.look(3 if node[1] else 2, node[3], node[2])

    def c_atomic(self, node):
        self.look(4, 0, node[1])

    def c_cond(self, node):
        _, gid, yes, no = node
        test = self.emit(None)
        self.compile(yes)
        jump = self.emit(None)
        self.code[test] = (GROUP_EXISTS, gid, self.here())
        if no is not None:
            self.compile(no)
        self.code[jump] = (JMP, self.here())


def compile_tree(tree):
    """The instruction tuples of ``tree`` and the number of repetition
    registers they use."""
    c = _Compiler()
    c.compile(tree)
    c.emit((MATCH,))
    return c.code, c.registers
