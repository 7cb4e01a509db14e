"""Bank accounts with properties, class methods and custom exceptions."""

from decimal import Decimal
from datetime import date


class InsufficientFunds(Exception):
    pass


class Account:
    _next_id = 1
    interest_rate = Decimal("0.01")

    def __init__(self, owner: str, balance: Decimal = Decimal(0)) -> None:
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history: list[tuple[date, str, Decimal]] = []

    @property
    def balance(self) -> Decimal:
        return self._balance

    @balance.setter
    def balance(self, value: Decimal) -> None:
        if value < 0:
            raise InsufficientFunds(f"balance would be {value}")
        self._balance = value

    def deposit(self, amount: Decimal) -> "Account":
        self.balance += amount
        self.history.append((date.today(), "deposit", amount))
        return self

    def withdraw(self, amount: Decimal) -> "Account":
        self.balance -= amount
        self.history.append((date.today(), "withdraw", -amount))
        return self

    @classmethod
    def from_csv(cls, line: str) -> "Account":
        owner, _, amount = line.partition(",")
        return cls(owner.strip(), Decimal(amount or 0))

    @staticmethod
    def format(amount: Decimal) -> str:
        return f"{amount:,.2f}"


class SavingsAccount(Account):
    interest_rate = Decimal("0.03")

    def add_interest(self) -> None:
        self.deposit(self.balance * self.interest_rate)


acct = SavingsAccount.from_csv("Ada, 1000")
acct.deposit(Decimal("250.50")).withdraw(Decimal(100))
acct.add_interest()
try:
    acct.withdraw(Decimal(10_000))
except InsufficientFunds as e:
    print("refused:", e)
print(acct.owner, Account.format(acct.balance), len(acct.history))
