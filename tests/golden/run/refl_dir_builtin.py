# dir() of built-in types and their instances
for obj in [int, 1, float, 2.5, str, "s", list, [], tuple, (), dict, {}, set, frozenset, bytes, bytearray,
            bool, True, None, range(3), slice(1), complex, type, object, object()]:
    print(type(obj).__name__ if not isinstance(obj, type) else obj.__name__, dir(obj))
