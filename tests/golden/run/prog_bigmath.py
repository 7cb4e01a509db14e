# Big-integer arithmetic: factorials, Fibonacci, powers, digit sums, pi digits.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def pi_digits(n):
    # Machin's formula with integer arithmetic.
    def arctan_inv(x, unity):
        total = term = unity // x
        x2, k, sign = x * x, 3, -1
        while term:
            term //= x2
            total += sign * (term // k)
            sign, k = -sign, k + 2
        return total
    unity = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)


f100 = fact(100)
print(f100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100).count("0"))
print(fib(300))
print(2 ** 521 - 1)
print((2 ** 127 - 1) % 1000007, pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, -1, 97))
print(pi_digits(60))
print(divmod(-fact(30), 7 ** 20), -fact(25) // 10 ** 20, fact(25) >> 40, -(fact(20)) >> 3)
print(hex(fact(20)), oct(2 ** 70), bin(fib(40)), int("1" * 40, 2))
print(f"{fact(22):,}", f"{2**64:_x}", f"{fact(15):.3e}")
