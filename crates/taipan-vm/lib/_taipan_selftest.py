"""A module of the embedded library, imported by the tests of the mechanism."""

VALUE = 42


def where():
    return __name__
