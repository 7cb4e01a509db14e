# __hash__ returning non-ints, big ints, bools; __eq__ returning non-bools.
class H:
    def __init__(self, r):
        self.r = r

    def __hash__(self):
        return self.r

    def __eq__(self, o):
        return self is o


for r in [True, 7, 2**100, -1]:
    h = H(r)
    d = {h: r}
    print(r == hash(h) or "different", d[h] == r, h in {h})
print(hash(H(-1)))
for r in ["x", 1.5, None]:
    try:
        {H(r): 1}
    except TypeError as e:
        print("TypeError:", e)


class E:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, o):
        return "yes" if self.v == o.v else ""


print(len({E(1), E(1), E(2)}), {E(1): "a"}.get(E(1)), {E(1): "a"}.get(E(3), "-"))
{H([]): 1}
