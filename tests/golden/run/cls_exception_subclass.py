class AppError(Exception):
    code = 1
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class NotFound(AppError, LookupError):
    code = 404

class Plain(ValueError):
    pass

for exc in [AppError("bad"), NotFound("missing", detail="id=3"), Plain("p", 2)]:
    try:
        raise exc
    except LookupError as e:
        print("lookup:", e, e.args, type(e).__name__, isinstance(e, AppError))
    except Exception as e:
        print("other:", e, e.args, repr(e))
print(NotFound.__mro__[1:3], issubclass(NotFound, KeyError))
try:
    try:
        raise NotFound("inner")
    except AppError as e:
        raise Plain("outer") from e
except Plain as e:
    print(repr(e), type(e.__cause__).__name__, str(e.__cause__))
class WithArgs(Exception):
    pass
e = WithArgs(1, 2)
print(e.args, str(e), repr(e))
raise NotFound("gone", detail="final")
