class C:
    x = [__class__ for _ in range(2)]
