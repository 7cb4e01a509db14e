try:
    risky()
except ValueError, TypeError:
    pass
except KeyError, IndexError, AttributeError:
    pass
