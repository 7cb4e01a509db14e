# extract_tb / format_tb / walk_tb and FrameSummary.
import sys
import traceback


class _Out:
    """Writes to stdout with this file's path shortened."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


OUT = _Out()



def level3(items):
    return items["missing"]


def level2():
    return level3({})


def level1():
    value = level2()
    return value


try:
    level1()
except KeyError as e:
    tb = e.__traceback__

summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.name, fs.lineno, repr(fs.line), fs.end_lineno, fs.colno, fs.end_colno)
    print(repr(fs).replace(__file__, 'FILE'), len(fs), fs[2], tuple(fs)[1:])
    filename, lineno, name, line = fs
    print(filename == __file__, lineno, name, line)
print(summary[0] == (__file__, summary[0].lineno, "<module>", "level1()"))
print(summary[1] == summary[1], summary[1] == summary[2])
OUT.write(repr(traceback.format_tb(tb)) + '\n')
OUT.write(repr(traceback.format_tb(tb, limit=1)) + '\n')
OUT.write(repr(traceback.format_tb(tb, limit=-1)) + '\n')
traceback.print_tb(tb, file=OUT)
traceback.print_tb(tb, limit=2, file=OUT)
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
print(traceback.extract_tb(None))
print(traceback.format_tb(None))
