class A:
    for i in range(1):
        a: int
class B:
    while False:
        b: int
class W:
    with ctx:
        w: int
class M:
    match v:
        case 1:
            m: int
