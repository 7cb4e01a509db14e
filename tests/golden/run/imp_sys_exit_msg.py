# sys.exit with a message prints it to stderr and exits 1.
import sys
print("before exit")
sys.exit("fatal: giving up")
print("not reached")
