"""An event bus with weak references, __slots__ and dunder protocols."""

import weakref
from collections import defaultdict
from typing import Any, Callable


class Event:
    __slots__ = ("name", "payload", "_stopped")

    def __init__(self, name: str, **payload: Any) -> None:
        self.name = name
        self.payload = payload
        self._stopped = False

    def stop(self) -> None:
        self._stopped = True

    def __getattr__(self, item):
        try:
            return self.payload[item]
        except KeyError:
            raise AttributeError(item) from None


class Bus:
    def __init__(self):
        self._handlers: defaultdict[str, list[Callable[[Event], None]]] = defaultdict(list)
        self._listeners = weakref.WeakSet()

    def on(self, name: str, *, priority: int = 0):
        def register(handler):
            handlers = self._handlers[name]
            handlers.append(handler)
            handlers.sort(key=lambda h: -getattr(h, "priority", 0))
            handler.priority = priority
            return handler
        return register

    def emit(self, name: str, /, **payload) -> Event:
        event = Event(name, **payload)
        for handler in (*self._handlers[name], *self._handlers["*"]):
            handler(event)
            if event._stopped:
                break
        return event

    def __contains__(self, name: str) -> bool:
        return bool(self._handlers.get(name))

    def __len__(self) -> int:
        return sum(map(len, self._handlers.values()))


bus = Bus()


@bus.on("login", priority=10)
def audit(event):
    print(f"audit: {event.user}")


@bus.on("login")
def welcome(event):
    print(f"welcome, {event.user}!")
    event.stop()


@bus.on("*")
def everything(event):
    print("never reached for login")


bus.emit("login", user="ada")
print("login" in bus, len(bus))
