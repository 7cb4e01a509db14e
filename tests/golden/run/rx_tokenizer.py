import re

TOKENS = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/]'),
    ('STRING', r'"(?:[^"\\]|\\.)*"'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKENS))
KEYWORDS = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}

def tokenize(code):
    line = 1
    line_start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line}')
        yield kind, value, line, column

program = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
        msg := "say \\"hi\\"";
    ENDIF;
'''
for token in tokenize(program):
    print(token)
try:
    list(tokenize('x := 1 ? 2'))
except RuntimeError as e:
    print('RuntimeError', e)

# a loop matching at successive positions, as hand-written lexers do
WS = re.compile(r'\s*')
TOK = re.compile(r'(\d+)|(\w+)|(.)')
def lex(s):
    pos = WS.match(s).end()
    out = []
    while pos < len(s):
        m = TOK.match(s, pos)
        out.append((m.lastindex, m.group()))
        pos = WS.match(s, m.end()).end()
    return out
print(lex('  let x1 = 42 + y;  '))
