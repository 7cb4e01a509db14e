# functools.wraps/update_wrapper: names, docstrings, __wrapped__, __dict__, stacking.
import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """The wrapper."""
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper
def counted(func):
    @functools.wraps(func)
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@logged
@counted
def area(w, h=1):
    """Area of a rectangle."""
    return w * h
print(area(3, h=4), area.__name__, area.__doc__, area.__qualname__, area.__module__)
print(area.calls, area.__wrapped__.calls, area.__wrapped__.__wrapped__(2, 5))
def undocumented():
    pass
@logged
def nodoc():
    pass
print(nodoc.__doc__, undocumented.__doc__)
def target():
    """target doc"""
target.extra = 'copied'
def shell():
    pass
functools.update_wrapper(shell, target)
print(shell.__name__, shell.__doc__, shell.extra, shell.__wrapped__ is target)
def other():
    """only the name"""
functools.update_wrapper(other, target, assigned=('__name__',), updated=())
print(other.__name__, other.__doc__, hasattr(other, 'extra'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
