# gc.is_finalized tells whether __del__ has already run.
import gc

keep = []


class Lazarus:
    def __del__(self):
        keep.append(self)


x = Lazarus()
print(gc.is_finalized(x))
del x
print(gc.is_finalized(keep[0]))
print(gc.is_finalized(1), gc.is_finalized([]), gc.is_finalized(None))


class Plain:
    pass


print(gc.is_finalized(Plain()))
