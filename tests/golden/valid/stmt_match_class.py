match obj:
    case Point():
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(1, y=2):
        pass
    case mod.Point(x, y, z=3):
        pass
    case int(n) | float(n):
        pass
    case Node(left=Node(), right=None):
        pass
