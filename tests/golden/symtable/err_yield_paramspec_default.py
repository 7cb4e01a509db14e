def f():
    class C[**P = (yield)]: pass
