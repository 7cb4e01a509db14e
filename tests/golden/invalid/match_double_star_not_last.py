match m:
    case {**rest, "key": 1}:
        pass
