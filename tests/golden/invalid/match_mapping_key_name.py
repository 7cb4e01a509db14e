match x:
    case {key: 1}:
        pass
