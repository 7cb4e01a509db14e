class C:
    v = 1
    def m(self):
        def inner():
            return v
        return inner
