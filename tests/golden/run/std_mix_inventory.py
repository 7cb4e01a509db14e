import json
import random
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import Optional, List, Dict
from collections.abc import Sequence, Mapping


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()


@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    category: Category = field(compare=False, default=Category.TOOL)
    tags: List[str] = field(default_factory=list, compare=False)


@dataclass
class Inventory:
    owner: str
    items: List[Item] = field(default_factory=list)
    notes: Optional[str] = None

    def total(self) -> float:
        return round(sum(i.price for i in self.items), 2)

    def by_category(self) -> Dict[str, List[str]]:
        out: Dict[str, List[str]] = {}
        for item in sorted(self.items):
            out.setdefault(item.category.name, []).append(item.name)
        return out


rng = random.Random(1234)
names = ["hammer", "apple", "kite", "saw", "bread", "yo-yo", "drill", "cheese"]
inv = Inventory("ann")
for n in names:
    inv.items.append(Item(round(rng.uniform(1, 50), 2), n, rng.choice(list(Category)),
                          rng.sample(["new", "sale", "rare", "used"], k=rng.randint(0, 2))))
print(inv.total(), inv.by_category())
print(min(inv.items), max(inv.items).name)


def encode(o):
    if isinstance(o, Enum):
        return o.name
    raise TypeError(type(o).__name__)


text = json.dumps(asdict(inv), default=encode, indent=1, sort_keys=True)
print(text[:200])
back = json.loads(text)
print(back["owner"], len(back["items"]), back["items"][0]["category"], isinstance(back["items"], Sequence), isinstance(back, Mapping))
restored = Inventory(back["owner"], [Item(d["price"], d["name"], Category[d["category"]], d["tags"]) for d in back["items"]])
print(restored == inv, restored.items[3])
