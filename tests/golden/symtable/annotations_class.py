class C:
    a: int
    b: "str" = "x"
    def m(self) -> None:
        pass
    c: list[a]
