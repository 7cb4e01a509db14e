match cmd:
    case "go" | "move" as verb:
        pass
    case [x, y] if x > y:
        pass
    case (1 | 2 | 3) as small:
        pass
    case Point(x=0) as p if p.y:
        pass
    case {"k": (1 as one)}:
        pass
    case [1, 2] | [3, 4] as pair:
        pass
    case (x):
        pass
