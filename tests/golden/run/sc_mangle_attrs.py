# Private name mangling of attributes: loads, stores, deletes, augmented
# assignment, method calls, getattr with the mangled name.
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        self.__balance = 0
        Account.__count += 1

    def deposit(self, n):
        self.__balance += n
        return self.__balance

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret()

    def forget(self):
        del self.__owner

    @classmethod
    def count(cls):
        return cls.__count


a = Account("ann")
print(a.deposit(5), a.deposit(7))
print(a.reveal())
print(sorted(vars(a)))
print(Account.count(), Account._Account__count)
print(a._Account__balance, getattr(a, "_Account__owner"))
print(hasattr(a, "__balance"), hasattr(Account, "__secret"))
a.forget()
print(sorted(vars(a)))
try:
    a.reveal()
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(Account.__static_attributes__)
print(Account.reveal.__code__.co_names)
print(Account.deposit.__code__.co_names)
a.__balance = "outside"
print(a.__balance, a._Account__balance)
a.reveal()
