class C:
    type A = super
    def m[T](self) -> super: pass
