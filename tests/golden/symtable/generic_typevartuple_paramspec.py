class C[*Ts, **P]:
    def m(self, *args: *Ts) -> None:
        pass
