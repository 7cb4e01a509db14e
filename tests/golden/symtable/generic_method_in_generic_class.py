class C[T]:
    def m[U](self, a: T, b: U) -> dict[T, U]:
        return {}
