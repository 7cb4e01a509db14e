# A tokenizer and recursive-descent evaluator for arithmetic expressions.
class ParseError(Exception):
    pass


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            tokens.append(("num", float(num) if "." in num else int(num)))
            i = j
        elif c in "+-*/()^%":
            tokens.append(("op", c))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r} at {i}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        kind, val = self.take()
        if val == "-":
            return -self.unary()
        if val == "(":
            v = self.expr()
            if self.take()[1] != ")":
                raise ParseError("expected )")
            return v
        if kind == "num":
            return val
        raise ParseError(f"unexpected {val!r}")


def evaluate(text):
    p = Parser(tokenize(text))
    v = p.expr()
    if p.pos != len(p.tokens):
        raise ParseError("trailing input")
    return v


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 * 2.5",
            "2 ^ 100", "1 / 3", "((2))", "1 +", "3 $ 4", "(1", "1 / 0"]:
    try:
        print(f"{src!r:>14} = {evaluate(src)}")
    except ParseError as e:
        print(f"{src!r:>14} ! {e}")
    except ZeroDivisionError as e:
        print(f"{src!r:>14} ! {type(e).__name__}: {e}")
