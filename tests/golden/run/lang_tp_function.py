# PEP 695 generic functions: type parameters are bound in a hidden scope
# and exposed as __type_params__.
def ident[T](x: T) -> T:
    return x

print(ident(5), ident("s"))
print(ident.__type_params__)
(T,) = ident.__type_params__
print(repr(T), T.__name__, type(T).__name__, type(T).__module__)
print(T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(T.has_default(), T.__default__)
print(ident.__type_params__ is ident.__type_params__)
print(ident.__name__, ident.__qualname__)

def plain(x):
    return x
print(plain.__type_params__)

def many[A, B, C](a: A, b: B) -> C:
    return (a, b)
print(many.__type_params__, many(1, 2))
A, B, C = many.__type_params__
print(A == A, A == B, A is many.__type_params__[0], len({A, B, C}))

# each definition makes fresh type parameters
def make():
    def inner[T](x: T) -> T:
        return [x]
    return inner
f1, f2 = make(), make()
print(f1.__type_params__[0] is f2.__type_params__[0], f1(1), f1.__qualname__)

# the body sees the parameter
def show[T]():
    return T
print(show(), show() is show.__type_params__[0])

# closures inside generic functions
def counter[T](start: T):
    count = [start]
    def bump():
        count[0] += 1
        return count[0], T
    return bump
b = counter(10)
print(b(), b())

# async and generator functions can be generic too
def gen[T](n: T):
    for i in range(n):
        yield i
print(list(gen(3)), gen.__type_params__)

async def coro[T]():
    return T
print(coro.__type_params__)

# defaults and keyword-only defaults are evaluated outside, once
def defaults[T](a, b=[], *, c={}):
    b.append(a)
    return b, c
print(defaults(1), defaults(2), defaults(3, c=None))

# decorators see the finished generic function
def deco(fn):
    print("deco:", fn.__name__, fn.__type_params__)
    return fn
@deco
def decorated[X, Y](): pass

class Holder:
    def method[T](self, x: T) -> T:
        return x, T
    @staticmethod
    def static[T](x):
        return x
print(Holder().method(3), Holder.method.__qualname__, Holder.static(4))
print(Holder.static.__type_params__)
