class Outer:
    attr = int
    def method[T: attr](self, x: T) -> T:
        return x
    class Inner[U = attr]:
        pass
    type Alias[V] = list[V]
