class C:
    def m[__classdict__](self): pass
