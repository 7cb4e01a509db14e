# match guards are conditions compiled as jumps
def classify(v):
    match v:
        case int(n) if n < 0 and n % 2:
            return "negative odd"
        case int(n) if not n:
            return "zero"
        case int(n) if n > 100 or n == 42:
            return "special"
        case [a, b] if a < b < 10:
            return "ordered pair"
        case {"k": k} if k if isinstance(k, str) else False:
            return "str key " + k
        case str() as s if s:
            return "text"
        case _:
            return "other"

for v in [-3, -2, 0, 42, 500, 7, [1, 2], [2, 1], [1, 20], {"k": "x"}, {"k": 1}, "", "s"]:
    print(repr(v), "->", classify(v))

class Noisy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("guard bool", self.v)
        return self.v

match 1:
    case 1 if Noisy(False):
        print("no")
    case 1 if Noisy(True) and Noisy(True):
        print("yes")
