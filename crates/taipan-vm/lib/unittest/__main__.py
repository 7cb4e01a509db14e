"""python -m unittest: run the tests named on the command line, or
discover test*.py modules under the current folder."""

import sys

from unittest.main import main

__unittest = True

if sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python -m unittest"
main(module=None)
