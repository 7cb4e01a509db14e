__all__ = ["one", "two", "top_value"]
top_value = 0
