from math import sqrt


class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"


acct = Account("ann", 100)
acct.deposit(50).deposit(25)
try:
    acct.withdraw(1000)
except RuntimeError as e:
    print("error:", e)
print(acct, len(acct.history), acct.history[-1])

text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(sqrt(limit)) + 1):
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]


print(primes(50))
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [list(row) for row in zip(*matrix)]
print(transposed, [sum(r) for r in matrix], max(max(r) for r in matrix))


def bubble(xs):
    xs = xs[:]
    n = len(xs)
    for i in range(n):
        for j in range(n - i - 1):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs


print(bubble([5, 2, 9, 1, 5, 6]), "".join(reversed("stressed")), "abc"[::-1])
s = "Hello, World"
print(s.lower().count("l"), s.index("W") if hasattr(s, "index") else -1, s[-5:], s.split(", "))
print(f"{'nested ' + str(len(s)):>20}", 7 // 2, -7 // 2, 7 % -3, divmod(17, 5), divmod(-7, 2), pow(3, 4), pow(3, 4, 5), "ab-cd".title(), "hello".capitalize(), "42".zfill(5), "-7".zfill(4))
