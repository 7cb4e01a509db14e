match x:
    case f(x).y:
        pass
