class C(Base, metaclass=Meta):
    """Doc."""
    x: int = 0
    y = z = 1
    a, b = 1, 2
    if DEBUG:
        debug = True
    else:
        debug = False
    for _i in range(3):
        pass
    del _i
    try:
        import json
    except ImportError:
        json = None
    with ctx:
        pass
    def method(self): return self
    async def amethod(self): return await self
    class Nested:
        pass
    type Alias = int
    lambda_attr = lambda self: self
    global g
    match x:
        case 1:
            pass
