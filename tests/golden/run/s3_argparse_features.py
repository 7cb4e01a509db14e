import argparse
import sys

sys.stderr = sys.stdout


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not positive")
    return value


p = argparse.ArgumentParser(prog="feat", formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            epilog="Examples:\n  feat 1 2\n  feat -x", allow_abbrev=True)
p.add_argument("nums", nargs="+", type=positive, help="numbers")
p.add_argument("--const", action="store_const", const=42, default=0, help="store a constant")
p.add_argument("--add", action="append_const", const="A", dest="letters")
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--pt", nargs=2, metavar=("X", "Y"), type=float, help="a point")
p.add_argument("--off", action="store_false", help="turn off")
p.add_argument("--opt", nargs="?", const="C", default="D")
grp = p.add_argument_group("output", "Output options.")
grp.add_argument("--out", default="-", help="where to write")
mx = p.add_mutually_exclusive_group(required=True)
mx.add_argument("--json", action="store_true")
mx.add_argument("--text", action="store_true")
p.set_defaults(extra="yes")
p.print_help()
print(p.parse_args(["1", "2", "--json"]))
print(p.parse_args(["--text", "--const", "--add", "--add", "--ext", "a", "b", "--ext", "c", "--pt", "1", "2.5", "--opt", "7", "--", "3"]))
print(p.parse_args(["5", "--text", "--opt", "--off", "--out=file"]))
print(p.parse_args(["5", "--te", "--co"]))
print(p.get_default("extra"), p.get_default("out"), p.get_default("nums"))
for args in [["0", "--json"], ["x", "--json"], ["1"], ["1", "--json", "--text"], ["1", "--json", "--pt", "1"], ["1", "--json", "--const=3"], ["--json"]]:
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
q = argparse.ArgumentParser(prog="neg", add_help=False, prefix_chars="-+")
q.add_argument("x", type=int)
q.add_argument("+f", "++flag", action="store_true")
print(q.parse_args(["-5", "+f"]), q.parse_args(["--", "-7"]))
q.print_usage()
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("pos")
print(child.parse_args(["p"]), child.format_usage(), end="")
r = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Line one\n    indented line\nLine three")
r.add_argument("--version", action="version", version="%(prog)s 2.0")
r.print_help()
try:
    r.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns, vars(ns), argparse.Namespace(**{"not valid": 1}))
for bad in [lambda: p.add_argument("--const"), lambda: p.add_argument("bad", required=True), lambda: p.add_argument("x", dest="y"),
            lambda: p.add_argument("--z", nargs=0), lambda: p.add_argument("--w", action="nope"), lambda: p.add_argument("--t", type="int")]:
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
