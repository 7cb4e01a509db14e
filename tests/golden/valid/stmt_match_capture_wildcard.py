match value:
    case [x]:
        pass
    case _:
        pass
