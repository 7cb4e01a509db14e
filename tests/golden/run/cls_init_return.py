class Good:
    def __init__(self):
        return None
print(type(Good()).__name__)
class Bad:
    def __init__(self):
        return 42
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
class MissingArg:
    def __init__(self, a, b):
        pass
try:
    MissingArg(1)
except TypeError as e:
    print("TypeError:", e)
try:
    MissingArg(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
Bad()
