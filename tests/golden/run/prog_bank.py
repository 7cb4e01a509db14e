# A small bank: accounts, transfers, errors, a report.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account
        self.amount = amount


class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance})"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, balance=0):
        acct = Account(owner, balance)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        dst.deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob")
bank.transfer(alice, bob, 30)
try:
    bank.transfer(bob, alice, 50)
except InsufficientFunds as e:
    print("refused:", e, "-", e.amount)
try:
    alice.deposit(-5)
except ValueError as e:
    print("refused:", e)
for acct in bank.accounts.values():
    print(acct, acct.history)
print("total", bank.total())
bank.transfer(bob, alice, 100)
