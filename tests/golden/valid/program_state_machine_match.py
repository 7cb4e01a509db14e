"""A vending machine driven by structural pattern matching."""

from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    PAYING = auto()
    VENDING = auto()


def step(state: State, event: tuple, credit: int) -> tuple[State, int]:
    match state, event:
        case State.IDLE, ("coin", int(amount)) if amount > 0:
            return State.PAYING, credit + amount
        case State.PAYING, ("coin", amount):
            return State.PAYING, credit + amount
        case State.PAYING, ("select", {"price": price, **rest}) if credit >= price:
            return State.VENDING, credit - price
        case State.PAYING, ("select", _):
            print("insufficient credit")
            return state, credit
        case State.VENDING, ("done",):
            return State.IDLE, credit
        case _, ("refund",) | ("cancel",):
            print(f"refunding {credit}")
            return State.IDLE, 0
        case _:
            raise ValueError(f"bad event {event!r} in {state.name}")


state, credit = State.IDLE, 0
for ev in [("coin", 50), ("coin", 25), ("select", {"price": 60, "name": "tea"}), ("done",)]:
    state, credit = step(state, ev, credit)
    print(state.name, credit)
