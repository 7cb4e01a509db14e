import io
import logging
import sys

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter("%(name)s:%(levelno)d:%(message)s"))
lg = logging.getLogger("h")
lg.setLevel(logging.DEBUG)
lg.addHandler(h)
lg.propagate = False
lg.debug("below handler level")
lg.info("info")
lg.warning("w %s %s", 1, 2)
print(repr(stream.getvalue()))
print(repr(h), repr(logging.StreamHandler(io.StringIO())), repr(logging.NullHandler()))


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1


out = logging.StreamHandler(sys.stdout)
out.addFilter(OnlyOdd())
lg.addHandler(out)
for i in range(4):
    lg.warning("n=%d", i)
lg.removeHandler(out)
f = logging.Filter("h.a")
print(f.filter(logging.makeLogRecord({"name": "h.a.b"})), f.filter(logging.makeLogRecord({"name": "h.ab"})), f.filter(logging.makeLogRecord({"name": "h.a"})))
lg.addFilter(lambda r: "secret" not in r.getMessage())
lg.warning("a secret")
lg.warning("public")
print(repr(stream.getvalue().splitlines()[-1]))
for style, fmt in [("{", "{levelname}-{message}"), ("$", "${levelname}-${message}"), ("%", "%(levelname)-8s|%(message)s")]:
    s = io.StringIO()
    hh = logging.StreamHandler(s)
    hh.setFormatter(logging.Formatter(fmt, style=style))
    hh.terminator = ";"
    lg.addHandler(hh)
    lg.error("styled")
    lg.removeHandler(hh)
    print(repr(s.getvalue()))
fm = logging.Formatter("%(message)s %(extra_field)s", defaults={"extra_field": "dflt"})
print(fm.format(logging.makeLogRecord({"msg": "m"})), fm.format(logging.makeLogRecord({"msg": "m", "extra_field": "own"})))
rec = logging.makeLogRecord({"msg": "m %d", "args": (1,), "levelno": 20, "levelname": "INFO", "name": "n"})
print(rec, rec.getMessage(), logging.Formatter().format(rec))
s = io.StringIO()
hh = logging.StreamHandler(s)
lg.addHandler(hh)
lg.warning("extra: %s", "x", extra={"k": 1})
try:
    lg.warning("m", extra={"msg": 1})
except KeyError as e:
    print("KeyError", e)
try:
    1 / 0
except ZeroDivisionError:
    lg.exception("failed")
print(s.getvalue().splitlines()[:2])
for bad in [lambda: logging.Formatter("%(x", style="{"), lambda: logging.Formatter("abc"), lambda: logging.Formatter("abc", style="x"),
            lambda: logging.basicConfig(stream=sys.stdout, filename="x", force=True)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
