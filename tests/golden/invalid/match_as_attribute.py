match x:
    case [a, b] as obj.attr:
        pass
