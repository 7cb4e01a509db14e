# get_count: the first count grows with container allocations and goes
# back down after a collection.
import gc

gc.collect()
before = gc.get_count()[0]
keep = [[] for _ in range(100)]
after = gc.get_count()[0]
print(after - before >= 100)
gc.collect()
print(gc.get_count()[0] < 100)
print(gc.get_count()[1:])
