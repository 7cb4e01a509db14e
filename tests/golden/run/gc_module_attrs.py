# Constants and lists of the gc module.
import gc

print(gc.garbage, gc.callbacks)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE)
print(gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
print(gc.get_freeze_count())
gc.freeze()
gc.unfreeze()
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(all(isinstance(n, int) for n in gc.get_count()))
print(gc.__name__)
