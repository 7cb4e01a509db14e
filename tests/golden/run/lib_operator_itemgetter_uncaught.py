# An itemgetter applied to a too-short tuple: uncaught IndexError.
from operator import itemgetter
second = itemgetter(1)
print(second((1, 2)), second('xy'))
print(second((1,)))
