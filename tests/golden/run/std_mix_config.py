import json
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, fields, replace
from enum import Flag, IntEnum, auto
from typing import Any, ClassVar, Protocol, runtime_checkable


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


@runtime_checkable
class Validator(Protocol):
    def validate(self, value: Any) -> bool: ...


class Rule(ABC):
    registry: ClassVar[dict] = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Rule.registry[cls.__name__.lower()] = cls

    @abstractmethod
    def validate(self, value) -> bool: ...


class Pattern(Rule):
    def __init__(self, regex):
        self.regex = re.compile(regex)
    def validate(self, value):
        return bool(self.regex.fullmatch(str(value)))


class Range(Rule):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def validate(self, value):
        return self.lo <= value <= self.hi


@dataclass(frozen=True)
class Setting:
    key: str
    value: Any
    perm: Perm = Perm.READ
    level: Level = Level.LOW


CONFIG = '''
{"settings": [
  {"key": "host", "value": "db-01.local", "perm": ["READ"], "level": 5},
  {"key": "port", "value": 5432, "perm": ["READ", "WRITE"], "level": 10},
  {"key": "mode", "value": "fast!", "perm": [], "level": 1}
]}
'''
rules = {"host": Pattern(r"[a-z0-9-]+(\.[a-z]+)*"), "port": Range(1, 65535), "mode": Pattern(r"\w+")}
settings = []
for raw in json.loads(CONFIG)["settings"]:
    perm = Perm(0)
    for name in raw["perm"]:
        perm |= Perm[name]
    s = Setting(raw["key"], raw["value"], perm, Level(raw["level"]))
    settings.append(s)
    rule = rules[s.key]
    print(s, isinstance(rule, Validator), rule.validate(s.value))
print(sorted(Rule.registry), [f.name for f in fields(Setting)])
print(Perm.ALL, Perm.READ in settings[1].perm, max(s.level for s in settings), Level.MID > 3)
s2 = replace(settings[0], level=Level.HIGH)
print(s2.level, s2 == settings[0], {s2: 1}[replace(s2)])
try:
    Rule()
except TypeError as e:
    print(e)
print(json.dumps({s.key: [s.perm.name, int(s.level)] for s in settings}))
