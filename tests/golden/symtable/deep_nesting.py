def a():
    x = 1
    def b():
        y = 2
        def c():
            z = 3
            def d():
                return x + z
            return d
        return c
    return b
