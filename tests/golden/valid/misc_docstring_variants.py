'''Module docstring in single quotes.'''
def a():
    "single-line docstring"
def b():
    r'raw docstring \d'
def c():
    u"unicode prefixed docstring"
def d():
    """Docstring with "quotes" and 'apostrophes'."""
    x = 1
    """Not a docstring, an expression statement."""
class E:
    f"""f-string is not a docstring"""
