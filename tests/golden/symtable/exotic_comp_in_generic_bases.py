class C[T](*[b for b in bases]):
    pass
