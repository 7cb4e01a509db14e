import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s")
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s", "two")
log.warning("warn %r", [3])
log.error("error")
log.critical("critical %(x)s", {"x": "mapping"})
log.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
log.log(25, "named level")
logging.info("root info")
print(repr(logging.getLogger()), repr(log), repr(logging.getLogger("app.sub")), logging.getLogger("app.sub").parent is log)
print(logging.getLevelName(10), logging.getLevelName(15), logging.getLevelName("INFO"), logging.getLevelName("x"), logging.getLevelName(25))
child = log.getChild("child")
print(child.name, child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG), log.level, logging.root.level)
log.setLevel("WARNING")
log.info("hidden")
child.warning("from child")
child.propagate = False
child.warning("not propagated, no handler: last resort to stderr")
print(child.hasHandlers(), log.hasHandlers())
sub = logging.getLogger("app.x.y")
print(sub.parent.name, logging.getLogger("app.x").parent.name, sub.parent.name)
logging.disable(logging.ERROR)
log.error("disabled")
log.critical("still shown")
logging.disable(logging.NOTSET)
try:
    log.setLevel("BAD")
except ValueError as e:
    print("ValueError", e)
try:
    log.log("x", "msg")
except TypeError as e:
    print("TypeError", e)
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.WARN, logging.FATAL, logging.NOTSET)
print(sorted(logging.getLevelNamesMapping().items()))
adapter = logging.LoggerAdapter(log, {"user": "ann"})
fmt_h = logging.StreamHandler(sys.stdout)
fmt_h.setFormatter(logging.Formatter("[%(user)s] %(message)s"))
alog = logging.getLogger("adapted")
alog.addHandler(fmt_h)
alog.propagate = False
logging.LoggerAdapter(alog, {"user": "ann"}).warning("adapted %s", "msg")
print(repr(adapter))
