from abc import ABC, abstractmethod, abstractproperty, update_abstractmethods

class Model(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def create(cls): ...

    @staticmethod
    @abstractmethod
    def helper(): ...

print(sorted(Model.__abstractmethods__))
print(Model.__dict__["name"].__isabstractmethod__)

class Impl(Model):
    @property
    def name(self): return "impl"
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def helper(): return 42

i = Impl.create()
print(i.name, Impl.helper(), Impl.__abstractmethods__)

class Partial(Model):
    @property
    def name(self): return "p"

try:
    Partial()
except TypeError as e:
    print(e)

class Old(ABC):
    @abstractproperty
    def value(self): ...
try:
    Old()
except TypeError as e:
    print(e)

class Later(ABC):
    def go(self): pass
print(Later.__abstractmethods__)
def go(self): pass
go.__isabstractmethod__ = True
Later.go = go
update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
try:
    Later()
except TypeError as e:
    print(e)
