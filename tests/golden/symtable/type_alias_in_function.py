def f():
    T = int
    type Alias = list[T]
    return Alias
