def add(a, b=10):
    return a + b

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(add(1), add(1, 2), add(b=5, a=1))
print(fact(25))
print(fib(20))

def nothing():
    pass

print(nothing())
sq = lambda v: v * v
print(sq(7))
