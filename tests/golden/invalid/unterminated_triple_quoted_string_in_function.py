def f():
    """Docstring that is not closed.

    Args:
        x: a value
    return 1
