# Many short-lived classes with the same attribute names: no look-up may
# see another class's attributes.
def make(i):
    class C:
        tag = i

        def get(self):
            return self.tag * 10

    return C


results = []
for i in range(300):
    C = make(i)
    obj = C()
    results.append(obj.get() + obj.tag)
    del C, obj
print(sum(results), results[:5], results[-3:])


class Fixed:
    def get(self):
        return "fixed"


objs = [make(i)() for i in range(50)]
print([o.get() for o in objs[:5]], Fixed().get())
