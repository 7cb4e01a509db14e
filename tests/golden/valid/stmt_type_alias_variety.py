type A = int
type B[T] = list[T]
type C[T: (int, str)] = T
type D[*Ts] = tuple[*Ts]
type E[**P] = Callable[P, None]
type F[T = int, *Ts = *tuple[()], **P = ()] = None
type G = lambda_type if True else other
class Outer:
    type Inner = list["Outer"]
def func():
    type Local = int
    return Local
