# Primes three ways, and a few number-theory facts.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]


def trial(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out


ps = sieve(100)
print(ps)
print(all(trial(p) for p in ps), [n for n in range(100) if trial(n)] == ps)
for n in (360, 97, 2 ** 32 + 1, 600851475143, 2 ** 31 - 1):
    print(n, factor(n))
twins = [(p, p + 2) for p in ps if p + 2 in ps]
print("twins:", twins)
print("goldbach:", {n: next((p, n - p) for p in ps if n - p in ps) for n in range(4, 31, 2)})
