class C:
    def m(self, xs):
        return [(hit := x) for x in xs], hit
