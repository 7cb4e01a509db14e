import argparse

parser = argparse.ArgumentParser(prog="copy", description="Copy files from one place to another place, preserving metadata where possible.")
parser.add_argument("src", help="the source")
parser.add_argument("dst", help="the destination")
parser.add_argument("-n", "--dry-run", action="store_true", help="show what would happen")
parser.add_argument("-j", "--jobs", type=int, default=1, help="parallel jobs (default: %(default)s)")
print("before")
parser.parse_args(["-h"])
print("not reached")
