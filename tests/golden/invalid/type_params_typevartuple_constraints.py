class C[*Ts: (int, str)]:
    pass
