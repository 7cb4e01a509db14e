def fail():
    return 1 / 0


def catch():
    try:
        fail()
    except ZeroDivisionError as e:
        return str(e)


print(catch())
