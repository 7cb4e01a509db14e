# User exception classes in traceback output: names, str(), notes.
import sys
import traceback


class AppError(Exception):
    pass


class Detailed(AppError):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[1]}"


class Empty(Exception):
    def __str__(self):
        return ""


for exc in (AppError("plain"), Detailed(42, "broken"), Empty(), AppError()):
    print(traceback.format_exception_only(exc))
try:
    raise Detailed(7, "seven")
except AppError as e:
    e.add_note("while testing")
    for line in traceback.format_exception(e):
        print(repr(line.replace(__file__, "FILE")))
    print(traceback.format_exc().count("\n"))
print(traceback.format_exception_only(Detailed, Detailed(1, "x")))
