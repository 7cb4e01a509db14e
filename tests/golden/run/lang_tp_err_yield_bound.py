print("never printed")
class C[T: (yield)]:
    pass
