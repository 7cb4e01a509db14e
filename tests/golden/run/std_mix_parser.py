import re
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple, Iterator, Union


class Kind(Enum):
    NUM = "NUM"
    OP = "OP"
    LPAREN = "("
    RPAREN = ")"
    NAME = "NAME"


class Token(NamedTuple):
    kind: Kind
    text: str
    pos: int


TOKEN_RE = re.compile(r"\s*(?:(?P<NUM>\d+(?:\.\d+)?)|(?P<NAME>[A-Za-z_]\w*)|(?P<OP>[-+*/^])|(?P<LP>\()|(?P<RP>\)))")


def tokenize(src: str) -> Iterator[Token]:
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise SyntaxError(f"bad character {src[pos]!r} at {pos}")
        group = m.lastgroup
        kind = {"LP": Kind.LPAREN, "RP": Kind.RPAREN}.get(group) or Kind[group]
        yield Token(kind, m.group(group), m.start(group))
        pos = m.end()


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


Expr = Union[Num, BinOp]
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}


def parse(tokens):
    toks = list(tokens)
    i = 0

    def primary():
        nonlocal i
        t = toks[i]
        i += 1
        if t.kind is Kind.NUM:
            return Num(float(t.text))
        if t.kind is Kind.LPAREN:
            e = expr(0)
            i += 1
            return e
        raise SyntaxError(f"unexpected {t.text!r}")

    def expr(min_prec):
        nonlocal i
        left = primary()
        while i < len(toks) and toks[i].kind is Kind.OP and PREC[toks[i].text] > min_prec:
            op = toks[i].text
            i += 1
            right = expr(PREC[op] - (1 if op == "^" else 0))
            left = BinOp(op, left, right)
        return left

    return expr(0)


def evaluate(e):
    match e:
        case Num(value=v):
            return v
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("-", l, r):
            return evaluate(l) - evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp("/", l, r):
            return evaluate(l) / evaluate(r)
        case BinOp("^", l, r):
            return evaluate(l) ** evaluate(r)


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "7"]:
    toks = list(tokenize(src))
    tree = parse(toks)
    print(src, "=", evaluate(tree), [t.kind.value for t in toks][:4])
print(parse(tokenize("1+2")))
try:
    list(tokenize("1 + $"))
except SyntaxError as e:
    print("SyntaxError:", e)
print(hash(BinOp("+", Num(1), Num(2))) == hash(BinOp("+", Num(1), Num(2))))
