# sys.exit with an int is the exit status; SystemExit is catchable.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit(2, "extra")
except SystemExit as e:
    print("caught", e.code)
print("exiting with 3")
sys.exit(3)
