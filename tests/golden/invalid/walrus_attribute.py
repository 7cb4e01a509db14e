if (obj.x := 10):
    pass
