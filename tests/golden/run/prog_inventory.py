# Inventory records with properties, class methods, sorting and formatting.
class Item:
    tax_rate = 0.2

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def total(self):
        return self.price * self.qty

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.name}: {value}")
        self._price = value

    @classmethod
    def parse(cls, line):
        name, price, qty = line.split(";")
        return cls(name.strip(), float(price), int(qty))

    @staticmethod
    def header():
        return f"{'name':<10}|{'price':>8}|{'qty':>5}|{'total':>10}"

    def __str__(self):
        return f"{self.name:<10}|{self.price:>8.2f}|{self.qty:>5d}|{self.total:>10,.2f}"

    def __lt__(self, other):
        return self.total < other.total


lines = ["widget; 2.50; 100", "gadget; 13.99; 7", "doohickey; 0.35; 2500", "gizmo; 120; 3"]
items = [Item.parse(l) for l in lines]
print(Item.header())
for it in sorted(items, reverse=True):
    print(it)
grand = sum(it.total for it in items)
print(f"{'':<10} {'':>8} {'':>5} {grand:>10,.2f}")
print(f"tax {Item.tax_rate:.0%}: {grand * Item.tax_rate:,.2f}")
cheap = [it.name for it in items if it.price < 5]
print("cheap:", ", ".join(cheap))
try:
    items[0].price = -1
except ValueError as e:
    print("error:", e)
print(max(items).name, min(items, key=lambda i: i.qty).name)
