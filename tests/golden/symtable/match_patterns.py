match command:
    case [x, y, *rest]:
        pass
    case {"k": v, **others}:
        pass
    case Point(x=px, y=0) as pt:
        pass
    case (1 | 2) as num if num > guard:
        pass
    case Color.RED:
        pass
    case _:
        pass
