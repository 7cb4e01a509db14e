import sys


def tokenize(expr):
    tokens = []
    i = 0
    while i < len(expr):
        c = expr[i]
        if c.isdigit():
            j = i
            while j < len(expr) and expr[j].isdigit():
                j += 1
            tokens.append(int(expr[i:j]))
            i = j
        elif c in "+-*/()":
            tokens.append(c)
            i += 1
        else:
            i += 1
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.atom()
        while self.peek() in ("*", "/"):
            op = self.take()
            rhs = self.atom()
            value = value * rhs if op == "*" else value / rhs
        return value

    def atom(self):
        tok = self.take()
        if tok == "(":
            v = self.expr()
            self.take()
            return v
        if tok == "-":
            return -self.atom()
        return tok


for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "-(2 + 3) * 2", "2 * (3 + (4 - 1)) / 3"]:
    print(e, "=", Parser(tokenize(e)).expr())

stack = []
for ch in "(()[]{})":
    pairs = {")": "(", "]": "[", "}": "{"}
    if ch in pairs.values():
        stack.append(ch)
    elif stack and stack[-1] == pairs[ch]:
        stack.pop()
print("balanced" if not stack else "unbalanced")
grid = [[(r * 3 + c) % 4 for c in range(4)] for r in range(3)]
for row in grid:
    print(" ".join(str(v) for v in row))
print(sum(map(len, ["ab", "c"])), list(filter(None, [0, 1, "", "x"])), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
