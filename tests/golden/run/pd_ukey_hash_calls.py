# How many times __hash__ and __eq__ run: once per look-up for __hash__,
# __eq__ only on a hash match.
log = []


class C:
    def __init__(self, v, h):
        self.v, self.h = v, h

    def __hash__(self):
        log.append(f"hash {self.v}")
        return self.h

    def __eq__(self, o):
        log.append(f"eq {self.v} {getattr(o, 'v', o)}")
        return isinstance(o, C) and self.v == o.v

    def __repr__(self):
        return f"C{self.v}"


def step(what, f):
    log.clear()
    r = f()
    print(what, r, log)


a, b, c = C(1, 10), C(2, 10), C(3, 20)
d = {}
step("store a", lambda: d.__setitem__(a, "A"))
step("store b", lambda: d.__setitem__(b, "B"))
step("get a", lambda: d[a])
step("get b", lambda: d[b])
step("in c", lambda: c in d)
step("get copy", lambda: d[C(2, 10)])
s = set()
step("add a", lambda: s.add(a))
step("add b", lambda: s.add(b))
step("add a again", lambda: s.add(a))
step("in C1", lambda: C(1, 10) in s)
step("discard C2", lambda: s.discard(C(2, 10)))
print(s, d)
