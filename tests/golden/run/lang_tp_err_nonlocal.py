class Box[T]:
    def m(self):
        nonlocal T
