# extract_stack / format_stack / print_stack / walk_stack.
import sys
import traceback


class _Out:
    """Writes to stdout with this file's path shortened."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


OUT = _Out()



def here():
    return [fs for fs in traceback.extract_stack() if fs.filename == __file__]


def deeper():
    return here()


for fs in deeper():
    print(fs.name, fs.lineno, fs.line, fs.colno)


def show():
    lines = traceback.format_stack(limit=2)
    for line in lines:
        OUT.write(line)


def outer():
    show()


outer()


def printer():
    traceback.print_stack(sys._getframe(), limit=1, file=OUT)


printer()


def walker():
    out = []
    for f, lineno in traceback.walk_stack(sys._getframe()):
        if f.f_code.co_filename != __file__:
            break
        out.append((f.f_code.co_name, lineno))
    return out


def call_walker():
    return walker()


print(call_walker())
