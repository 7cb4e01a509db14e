# A comprehension in a class body cannot bind with := (SyntaxError), but
# a comprehension in a method can.
src = """
class C:
    r = [(y := i) for i in range(3)]
"""
try:
    exec(src)
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)

class D:
    def m(self):
        r = [(last := i) for i in range(3)]
        return r, last
print(D().m())
