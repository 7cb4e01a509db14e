import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="git", description="A %(prog)s clone.")
p.add_argument("--verbose", "-v", action="count", default=0)
sub = p.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
c.set_defaults(func="do_commit")
pu = sub.add_parser("push", help="update remote")
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("branch", nargs="*")
sub.add_parser("status")
p.print_help()
c.print_help()
print(p.parse_args(["commit", "-m", "msg"]))
print(p.parse_args(["-vv", "ci", "-m", "x", "--amend"]))
print(p.parse_args(["push"]))
print(p.parse_args(["push", "up", "main", "dev"]))
print(p.parse_args(["status"]))
print(p.parse_args([]))
for args in [["bogus"], ["commit"], ["push", "--bad"], ["-h"], ["commit", "-h"]]:
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
p2 = argparse.ArgumentParser(prog="tool")
s2 = p2.add_subparsers(title="commands", description="available commands", dest="cmd", required=True, metavar="CMD")
s2.add_parser("run", help="run it")
s2.add_parser("stop", help="stop it")
p2.print_help()
try:
    p2.parse_args([])
except SystemExit as e:
    print("exit", e.code)
