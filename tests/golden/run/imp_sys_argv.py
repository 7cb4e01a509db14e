# sys.argv holds the script name (as given on the command line).
import sys, os
print(os.path.basename(sys.argv[0]), sys.argv[1:])
print(len(sys.argv), type(sys.argv).__name__)
print(sys.argv[0].endswith("imp_sys_argv.py"))
