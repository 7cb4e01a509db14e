class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        gained = round(self._balance * self.interest, 2)
        self._balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self._balance})"

    def __lt__(self, other):
        return self._balance < other._balance


class Savings(Account):
    interest = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("savings allow two withdrawals")
        return super().withdraw(amount)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, kind, owner, balance=0):
        acct = kind(owner, balance)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e, e.needed - e.available)
            return False
        self.accounts[dst].deposit(amount)
        return True

    def __len__(self):
        return len(self.accounts)

    def __iter__(self):
        return iter(sorted(self.accounts.values()))


bank = Bank()
a = bank.open(Account, "ann", 100)
b = bank.open(Savings, "bob", 50)
c = bank.open(Savings, "cyd")
print(len(bank), a, b, c)
print(bank.transfer(1, 2, 30), bank.transfer(3, 1, 5))
b.withdraw(1).withdraw(1)
try:
    b.withdraw(1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(b.apply_interest(), a.apply_interest())
for acct in bank:
    print(acct, acct.balance, acct.history)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(b, Account), issubclass(Savings, Account), Savings.__mro__[1].__name__)
