class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Count(3)), sorted(Count(4), reverse=True), sum(Count(5)), max(Count(3)))
print(list(enumerate(Count(2))), list(zip(Count(3), Seq())), list(map(str, Seq())))
print(list(filter(None, Seq())), any(Count(0)), all(Count(2)), min(Seq()))
print(tuple(Seq()), set(Count(2)), dict(zip(Seq(), Count(3))), list(reversed(list(Seq()))))
a, b, c = Seq()
print(a, b, c, [*Count(2), *Seq()])
it = iter(Count(2))
print(next(it), next(it), next(it, "end"))
print(10 in Seq(), 5 in Seq(), 2 in Count(3))
class NoIter:
    pass
for f in [list, sorted, sum, max, enumerate, set]:
    try:
        f(NoIter())
    except TypeError as ex:
        print("TypeError:", ex)
iter(NoIter())
