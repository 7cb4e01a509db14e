import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="a-program-with-a-rather-long-name-for-usage", formatter_class=argparse.RawTextHelpFormatter,
                            description="First line.\n  Second line keeps its indent.")
p.add_argument("--alpha", help="line one\nline two")
p.add_argument("--beta", type=int, metavar="B")
p.add_argument("inputs", nargs="*", metavar="INPUT")
p.add_argument("--gamma-delta-epsilon-option", nargs="+", help="x " * 40)
p.print_help()
m = argparse.ArgumentParser(prog="typed", formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument("--n", type=int)
m.add_argument("f", type=float)
m.print_help()
u = argparse.ArgumentParser(prog="custom", usage="%(prog)s [options] FILE", description="   Lots   of    spaces\n\n   collapse. ")
u.add_argument("file")
u.add_argument("-x", "--ex", "--extra", dest="extra", default="%(prog)s", help="default is %(default)s, type %(type)s, prog %(prog)s")
u.add_argument("--choice", choices=range(1, 4), type=int, help="one of %(choices)s")
u.add_argument("--hidden", help=argparse.SUPPRESS)
u.print_help()
print(u.format_usage(), end="")
print(u.parse_args(["f"]), u.parse_args(["f", "--choice", "2", "--hidden", "h"]))
try:
    u.parse_args(["f", "--choice", "7"])
except SystemExit as e:
    print("exit", e.code)
g = argparse.ArgumentParser(prog="groups", add_help=False)
g.add_argument("--help", action="help", help="show help")
a = g.add_argument_group("Input")
a.add_argument("--src", required=True)
b = g.add_argument_group("Output", "Where results go.")
b.add_argument("--dst")
mx = b.add_mutually_exclusive_group()
mx.add_argument("--quiet", action="store_true")
mx.add_argument("--loud", action="store_true")
g.add_argument("pos", nargs=argparse.REMAINDER)
g.print_help()
print(g.parse_args(["--src", "s", "a", "--dst", "b"]))
many = argparse.ArgumentParser(prog="m")
for i in range(12):
    many.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
many.print_usage()
