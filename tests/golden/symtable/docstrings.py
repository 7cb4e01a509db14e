"""Module doc."""
class C:
    """Class doc."""
def f():
    """Function doc."""
    return 1
