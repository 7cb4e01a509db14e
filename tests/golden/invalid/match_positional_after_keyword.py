match p:
    case Point(x=0, 0):
        pass
