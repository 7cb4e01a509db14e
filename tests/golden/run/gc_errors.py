# Bad arguments to gc functions.
import gc

try:
    gc.isenabled(1)
except TypeError as e:
    print(e)
try:
    gc.get_threshold(1)
except TypeError as e:
    print(e)
try:
    gc.disable(x=1)
except TypeError as e:
    print(e)
try:
    gc.collect(1, 2)
except TypeError as e:
    print(e)
try:
    gc.collect(gen=1)
except TypeError as e:
    print(e)
gc.collect(5)
