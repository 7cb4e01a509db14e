print("hello")
print("a", "b", sep=", ", end="\n")
print(file=sys.stderr)
print()
print >> sys.stderr
exec("x = 1")
