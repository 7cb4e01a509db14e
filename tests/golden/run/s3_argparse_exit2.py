import argparse

parser = argparse.ArgumentParser(prog="copy", description="Copy files.")
parser.add_argument("src")
parser.add_argument("dst")
parser.add_argument("-n", "--dry-run", action="store_true", help="show what would happen")
args = parser.parse_args(["only-one", "--dry-run"])
print("not reached", args)
