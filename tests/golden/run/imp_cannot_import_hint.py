# An uncaught "cannot import name" suggests a close name of the module.
from math import flor
