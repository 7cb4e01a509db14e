"""Module docstring."""

def f():
    """Function docstring."""
    return 1

class C:
    """Class docstring.

    With several lines.
    """

    def method(self):
        '''Method docstring.'''

async def g():
    r"""Raw docstring with \n."""
