"""A recursive-descent parser and evaluator for arithmetic."""

import re
from dataclasses import dataclass
from typing import Iterator

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


@dataclass
class Token:
    kind: str
    value: str


def tokenize(text: str) -> Iterator[Token]:
    for number, op in TOKEN_RE.findall(text):
        if number:
            yield Token("num", number)
        elif op.strip():
            yield Token("op", op)
    yield Token("eof", "")


class Parser:
    def __init__(self, text: str):
        self.tokens = list(tokenize(text))
        self.pos = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.pos]

    def eat(self, value: str | None = None) -> Token:
        tok = self.current
        if value is not None and tok.value != value:
            raise SyntaxError(f"expected {value!r}, got {tok.value!r}")
        self.pos += 1
        return tok

    def expr(self) -> float:
        result = self.term()
        while self.current.value in ("+", "-"):
            if self.eat().value == "+":
                result += self.term()
            else:
                result -= self.term()
        return result

    def term(self) -> float:
        result = self.factor()
        while (op := self.current.value) in ("*", "/"):
            self.eat()
            rhs = self.factor()
            result = result * rhs if op == "*" else result / rhs
        return result

    def factor(self) -> float:
        tok = self.current
        match tok:
            case Token(kind="num", value=v):
                self.eat()
                return float(v)
            case Token(value="-"):
                self.eat()
                return -self.factor()
            case Token(value="("):
                self.eat("(")
                value = self.expr()
                self.eat(")")
                return value
            case _:
                raise SyntaxError(f"unexpected token {tok}")


def evaluate(text: str) -> float:
    return Parser(text).expr()


for source in ["1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)"]:
    print(f"{source} = {evaluate(source)}")
