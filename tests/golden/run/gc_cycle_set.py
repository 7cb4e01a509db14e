# A set holding an instance that holds the set.
import gc


class Member:
    pass


gc.collect()
s = set()
m = Member()
m.group = s
s.add(m)
print(len(s), m.group is s)
del s, m
print("collected:", gc.collect())
