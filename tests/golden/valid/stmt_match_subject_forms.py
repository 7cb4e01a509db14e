match a, b:
    case 1, 2:
        pass
match *a, b:
    case _:
        pass
match (x := compute()):
    case _:
        pass
match f(x)[0].y:
    case _:
        pass
match -x:
    case _:
        pass
match not_keyword, *rest:
    case _:
        pass
