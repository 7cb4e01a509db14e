class A[T]:
    pass
class B[T](A[T]):
    pass
class C[K: str, V](dict[K, V], metaclass=Meta):
    pass
@decorator
class D[T = int]:
    def method[U](self, u: U) -> tuple[T, U]: ...
async def af[T](x: T) -> T:
    return x
