# TracebackException: captured attributes and formatting.
import traceback


def fail():
    try:
        int("x")
    except ValueError as e:
        raise KeyError("wrapped") from e


try:
    fail()
except KeyError as e:
    saved = e
    te = traceback.TracebackException.from_exception(e)
print(te.exc_type_str, str(te), te.__suppress_context__)
print(type(te.__cause__).__name__, te.__cause__.exc_type_str, str(te.__cause__))
print(te.__context__ is not None, te.__cause__.__cause__)
print(len(te.stack), [fs.name for fs in te.stack], te.stack[-1].line)
print(list(te.format_exception_only()))
lines = list(te.format())
print(len(lines), lines[-1], lines[0], lines[-2].startswith('  File'))

te2 = traceback.TracebackException(type(saved), saved, None, compact=True)
print(len(te2.stack), te2.__context__ is None)
short = traceback.TracebackException.from_exception(saved, limit=1)
print(len(short.stack))
print(te.exceptions)
try:
    raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup as g:
    tg = traceback.TracebackException.from_exception(g)
print(len(tg.exceptions), tg.exceptions[0].exc_type_str)
try:
    compile("x = (", "snippet", "exec")
except SyntaxError as s:
    ts = traceback.TracebackException.from_exception(s)
print(ts.filename, ts.lineno, ts.msg, repr(ts.text), ts.offset)
print(list(ts.format_exception_only()))
