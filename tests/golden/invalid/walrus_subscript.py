if (items[0] := 10):
    pass
