class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        self.key = key

    def describe(self):
        return "missing " + self.key


def find(d, key):
    if key not in d:
        raise NotFound(key)
    return d[key]


try:
    find({}, "k")
except AppError as e:
    print(type(e).__name__, e.key, e.describe(), e.args, isinstance(e, Exception), str(e))
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
try:
    raise AppError("with message")
except NotFound:
    print("wrong")
except Exception as e:
    print("generic handler:", e)
raise NotFound("final")
