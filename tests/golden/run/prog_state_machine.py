# A traffic-light state machine and a vending machine driven by events.
TRANSITIONS = {
    "red": {"timer": "green"},
    "green": {"timer": "yellow", "emergency": "red"},
    "yellow": {"timer": "red", "emergency": "red"},
}


def run_light(events, state="red"):
    log = [state]
    for ev in events:
        state = TRANSITIONS[state].get(ev, state)
        log.append(state)
    return log


print(" -> ".join(run_light(["timer", "timer", "emergency", "timer", "bogus", "timer"])))


class Vending:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}

    def __init__(self):
        self.credit = 0
        self.sold = []

    def handle(self, event, arg=None):
        match event:
            case "coin" if arg in (5, 10, 25, 100):
                self.credit += arg
                return f"credit {self.credit}"
            case "coin":
                return f"rejected coin {arg}"
            case "select":
                price = self.PRICES.get(arg)
                if price is None:
                    return f"unknown item {arg!r}"
                if self.credit < price:
                    return f"need {price - self.credit} more for {arg}"
                self.credit -= price
                self.sold.append(arg)
                return f"vend {arg}"
            case "refund":
                change, self.credit = self.credit, 0
                coins = []
                for c in (100, 25, 10, 5):
                    n, change = divmod(change, c)
                    coins += [c] * n
                return f"refund {coins}"
            case _:
                return f"ignored {event}"


vm = Vending()
script = [("coin", 100), ("coin", 3), ("select", "cola"), ("coin", 25), ("coin", 25),
          ("select", "cola"), ("coin", 100), ("select", "water"), ("select", "candy"),
          ("refund", None), ("kick", None)]
for ev, arg in script:
    print(f"{ev:>7} {arg!s:>6}: {vm.handle(ev, arg)}")
print(vm.sold)
