# dis.distb: the instructions of a traceback, the failing one marked.
import dis
import io


def divide(a, b):
    return a / b


def subscript(d):
    return d["key"]


for func, args in ((divide, (1, 0)), (subscript, ({},))):
    try:
        func(*args)
    except (ZeroDivisionError, KeyError) as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        out = io.StringIO()
        dis.distb(tb, file=out)
        marked = [line.split() for line in out.getvalue().splitlines() if "-->" in line]
        print(marked)
        b = dis.Bytecode.from_traceback(tb)
        print(b.current_offset == tb.tb_lasti, b.codeobj.co_name)
try:
    dis.distb(None, file=io.StringIO())
except RuntimeError as e:
    print("RuntimeError:", e)
