# conditional expressions as values: only one branch runs
def v(name, value):
    print("eval", name)
    return value

x = v("a", 1) if v("t", True) else v("b", 2)
print(x)
y = v("a", 1) if v("t", 0) else v("b", 2)
print(y)
z = (v("c", 3) if v("t1", 1) else v("d", 4)) if v("t0", 0) else (v("e", 5) if v("t2", "") else v("f", 6))
print(z)
w = v("g", 7) if v("p", 1) and v("q", 0) else v("h", 8)
print(w)
u = v("i", 9) if not v("r", []) else v("j", 10)
print(u)
print([i if i % 2 else -i for i in range(5)])
print((lambda k: "neg" if k < 0 else "zero" if k == 0 else "pos")(-1))
