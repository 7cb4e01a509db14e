match m:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": x, "b": y}:
        pass
    case {"a": 1, **rest}:
        pass
    case {**rest}:
        pass
    case {1: _, -2: _, 3j: _, None: _, Const.KEY: _}:
        pass
    case {"nested": {"deep": [a, b]}}:
        pass
