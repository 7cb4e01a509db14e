"""A module with a module-level __getattr__ (PEP 562)."""
eager = "eager value"


def __getattr__(name):
    if name.startswith("lazy_"):
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
