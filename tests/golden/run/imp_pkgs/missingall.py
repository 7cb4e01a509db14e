__all__ = ["here", "nowhere"]
here = 1
