# extract_stack / format_stack / print_stack / walk_stack.
import sys
import traceback


def here():
    return [fs for fs in traceback.extract_stack() if fs.filename == __file__]


def deeper():
    return here()


for fs in deeper():
    print(fs.name, fs.lineno, fs.line, fs.colno)


def show():
    lines = traceback.format_stack(limit=2)
    for line in lines:
        print(line, end="")


def outer():
    show()


outer()


def printer():
    traceback.print_stack(sys._getframe(), limit=1, file=sys.stdout)


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
