def size(items: list) -> int
    return len(items)
