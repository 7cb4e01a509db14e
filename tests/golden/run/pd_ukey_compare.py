# == and != between dicts and sets holding equal but distinct user keys.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v

    def __repr__(self):
        return f"K{self.v}"


print({K(1): 1, K(2): 2} == {K(2): 2, K(1): 1})
print({K(1): 1} == {K(1): 2}, {K(1): 1} != {K(1): 1})
print({K(1), K(2)} == {K(2), K(1)}, {K(1)} != {K(1)})
print(frozenset([K(1)]) == {K(1)}, {K(1)} == frozenset([K(3)]))
print({K(1): 1}.keys() == {K(1)}, {K(1): 1}.items() == {(K(1), 1)})
print(K(1) in {K(1): 0}.keys(), (K(1), 0) in {K(1): 0}.items(), (K(1), 1) in {K(1): 0}.items())
print({K(1): 0}.keys() & {K(1), K(2)}, {K(1): 0}.keys() - {K(1)}, {K(1): 0}.keys() | {K(2)})
print(hash(frozenset([K(1), K(2)])) == hash(frozenset([K(2), K(1)])))
print({frozenset([K(1)]): "f"}[frozenset([K(1)])])
