class A:
    def m(self):
        if self:
            pass
# comment at zero before dedent
x = 1
