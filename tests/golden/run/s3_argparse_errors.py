import argparse, sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="tool")
p.add_argument("src")
p.add_argument("-n", "--count", type=int)
p.add_argument("--mode", choices=["fast", "slow"])
p.add_argument("--two", nargs=2)
p.add_argument("--plus", nargs="+")
p.add_argument("--req", required=True)
g = p.add_mutually_exclusive_group()
g.add_argument("-a", action="store_true")
g.add_argument("-b", action="store_true")
p.add_argument("--foo")
p.add_argument("--fob")
for args in [[], ["x"], ["x", "--req", "r", "-n", "z"], ["x", "--req", "r", "--mode", "zz"], ["x", "--req", "r", "--two", "1"],
             ["x", "--req", "r", "--plus"], ["x", "--req", "r", "-a", "-b"], ["x", "--req", "r", "--fo", "1"], ["x", "--req", "r", "extra", "--zzz"],
             ["x", "--req"], ["x", "--req", "r", "-n"], ["--req", "r", "-n", "1"], ["x", "--req", "r", "--count=4", "--f=3"]]:
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
print(p.parse_known_args(["x", "--req", "r", "extra", "--zzz"]))
p2 = argparse.ArgumentParser(prog="p2", exit_on_error=False)
p2.add_argument("--n", type=int)
try:
    p2.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError", e, repr(e.argument_name))
