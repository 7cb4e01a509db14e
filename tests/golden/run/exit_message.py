import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.args)
sys.exit("fatal: bad config")
