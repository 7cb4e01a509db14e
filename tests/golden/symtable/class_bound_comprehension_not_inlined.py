class C:
    items = (1, 2)
    def m[T: [i for i in items]](self): pass
