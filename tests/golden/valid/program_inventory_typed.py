"""Inventory management with typing features: Protocol, TypedDict, overloads."""

from __future__ import annotations

from typing import Literal, Protocol, TypedDict, runtime_checkable


class ItemDict(TypedDict, total=False):
    sku: str
    qty: int
    tags: list[str]


@runtime_checkable
class Priced(Protocol):
    def price(self) -> float: ...


type Unit = Literal["kg", "pcs"]


class Item:
    def __init__(self, sku: str, unit_price: float, unit: Unit = "pcs") -> None:
        self.sku, self.unit_price, self.unit = sku, unit_price, unit

    def price(self) -> float:
        return self.unit_price


class Inventory:
    def __init__(self) -> None:
        self._stock: dict[str, tuple[Item, int]] = {}

    def add(self, item: Item, qty: int = 1) -> None:
        _, current = self._stock.get(item.sku, (item, 0))
        self._stock[item.sku] = (item, current + qty)

    def remove(self, sku: str, qty: int = 1) -> None:
        match self._stock.get(sku):
            case None:
                raise KeyError(sku)
            case (item, have) if have >= qty:
                self._stock[sku] = (item, have - qty)
            case (_, have):
                raise ValueError(f"only {have} of {sku} left")

    def value(self) -> float:
        return sum(item.price() * qty for item, qty in self._stock.values() if isinstance(item, Priced))

    def export(self) -> list[ItemDict]:
        return [{"sku": sku, "qty": qty} for sku, (_, qty) in sorted(self._stock.items())]


inv = Inventory()
inv.add(Item("apple", 0.5, "kg"), 10)
inv.add(Item("pen", 1.25), 4)
inv.remove("pen", 2)
print(inv.value(), inv.export())
