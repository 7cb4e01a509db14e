def f():
    import a.b as c
    import d.e
    from . import g
    from ..h import i as j
    return c, d, g, j
