# __hash__ raising in every dict/set operation.
class Bad:
    def __hash__(self):
        raise ValueError("no hash for you")

    def __eq__(self, o):
        return self is o


b = Bad()
tests = [
    ("subscr", lambda: {}[b]),
    ("store", lambda: {}.__setitem__(b, 1)),
    ("in dict", lambda: b in {1: 2}),
    ("in set", lambda: b in {1}),
    ("dict()", lambda: dict([(b, 1)])),
    ("set()", lambda: set([b])),
    ("frozenset()", lambda: frozenset([b])),
    ("display", lambda: {b: 1}),
    ("set display", lambda: {b}),
    ("update", lambda: {}.update({b: 1})),
    ("fromkeys", lambda: dict.fromkeys([b])),
    ("get", lambda: {}.get(b)),
    ("pop", lambda: {}.pop(b, None)),
    ("add", lambda: set().add(b)),
    ("discard", lambda: set().discard(b)),
    ("union", lambda: {1} | {b}),
    ("hash()", lambda: hash(b)),
    ("tuple key", lambda: {(1, b): 2}),
]
for name, f in tests:
    try:
        f()
        print(name, "no error")
    except ValueError as e:
        print(name, "ValueError", e)
print({b: 1}[b] if False else "done")
d = {b: 1} if False else None
{}[b]
