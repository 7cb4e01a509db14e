def f():
    helper = 1
    class C:
        def helper(self): pass
        x: helper
    return C
