"""A hand-written tokenizer for a tiny language, using a table of regexes."""

import re
from typing import NamedTuple


class Tok(NamedTuple):
    type: str
    text: str
    line: int
    col: int


SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/=<>(){};,]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+|#[^\n]*"),
    ("ERROR", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in SPEC))
KEYWORDS = frozenset({"if", "else", "while", "fn", "return"})


def scan(source: str):
    line, line_start = 1, 0
    for m in MASTER.finditer(source):
        kind, text = m.lastgroup, m.group()
        col = m.start() - line_start
        if kind == "NEWLINE":
            line, line_start = line + 1, m.end()
            continue
        elif kind == "SKIP":
            continue
        elif kind == "ERROR":
            raise SyntaxError(f"unexpected {text!r} at {line}:{col}")
        elif kind == "NAME" and text in KEYWORDS:
            kind = text.upper()
        yield Tok(kind, text, line, col)


program = '''
fn add(a, b) { return a + b; }
# comment
x = add(1, 2.5e3);
if x >= 10 { print("big\\n"); }
'''
for tok in scan(program):
    print(f"{tok.line:3}:{tok.col:<3} {tok.type:8} {tok.text!r}")
