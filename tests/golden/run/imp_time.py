# time module basics.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
time.sleep(0)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.005, time.monotonic() >= m0)
print(type(time.time_ns()).__name__, time.time_ns() > 10**18, type(time.perf_counter_ns()).__name__)
print(t0 > 1.6e9, type(t0).__name__)
try:
    time.sleep("x")
except TypeError as e:
    print(type(e).__name__)
