# linecache: lines of the running program.
import linecache

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 2)))
print(repr(linecache.getline(__file__, 0)))
print(repr(linecache.getline(__file__, 10000)))
print(repr(linecache.getline("no/such/file.py", 1)))
lines = linecache.getlines(__file__)
print(len(lines) > 5, lines[0])
linecache.clearcache()
linecache.checkcache()
print(repr(linecache.getline(__file__, 3)))
