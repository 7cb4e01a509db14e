class A:
    def f(self):
        return __class__
    def g(self):
        def inner():
            return super()
        return inner
