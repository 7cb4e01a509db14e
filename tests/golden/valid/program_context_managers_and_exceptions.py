"""Resource handling with context managers and exception chaining."""

import contextlib
import logging

log = logging.getLogger(__name__)


class ConfigError(Exception):
    def __init__(self, key: str, *, reason: str = "missing") -> None:
        super().__init__(f"{key}: {reason}")
        self.key = key


class Transaction:
    def __init__(self, name):
        self.name = name
        self.ops = []

    def __enter__(self):
        log.info("begin %s", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            log.info("commit %s (%d ops)", self.name, len(self.ops))
        else:
            log.warning("rollback %s: %s", self.name, exc)
        return exc_type is KeyError


def load(config: dict, key: str) -> str:
    try:
        value = config[key]
    except KeyError as err:
        raise ConfigError(key) from err
    except TypeError:
        raise ConfigError(key, reason="bad container") from None
    else:
        return str(value)
    finally:
        log.debug("looked up %s", key)


with contextlib.suppress(ConfigError), Transaction("t1") as tx:
    tx.ops.append(load({"a": 1}, "a"))
    tx.ops.append(load({}, "b"))

with contextlib.ExitStack() as stack:
    for name in ("x", "y"):
        stack.enter_context(Transaction(name))
