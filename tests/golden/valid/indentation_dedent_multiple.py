def f():
    if a:
        if b:
            if c:
                return 1
x = 2
class C:
    def m(self):
        for i in x:
            while i:
                pass
y = 3
