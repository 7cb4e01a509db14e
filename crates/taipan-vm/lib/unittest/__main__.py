"""python -m unittest: run the tests named on the command line."""

from .main import main

__unittest = True

main(module=None)
