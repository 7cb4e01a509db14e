# Without cycles there is nothing for the collector to find: reference
# counting already freed everything.
import gc

gc.collect()
for i in range(3):
    data = [list(range(5)) for _ in range(10)]
    d = {i: [i] * 3 for i in range(10)}
    del data, d
    print(i, gc.collect())

x = [1, 2, 3]
y = {"x": x}
print(gc.collect())
print(y["x"] is x)
