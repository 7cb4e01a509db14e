# Uncaught KeyError from str.format with a missing name.
print("{a} and {b}".format(a=1, b=2))
print("{a} and {c}".format(a=1, b=2))
