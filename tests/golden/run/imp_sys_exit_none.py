# raise SystemExit / sys.exit(None) exit with status 0 and print nothing.
import sys
print("start")
try:
    pass
finally:
    print("finally runs")
sys.exit(None)
