import graphlib

ts = graphlib.TopologicalSorter({4: [2, 3], 3: [1], 2: [1]})
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
print([*ts.static_order()])
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "tests": ["app"]}
print(list(graphlib.TopologicalSorter(deps).static_order()))
for graph in [{1: [2], 2: [3], 3: [1]}, {"a": ["a"]}, {1: [2], 2: [3], 3: [4], 4: [2]}]:
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError))
ts = graphlib.TopologicalSorter({1: [0]})
for f in [ts.get_ready, ts.is_active]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
ts.prepare()
ts.prepare()
try:
    ts.add(5)
except ValueError as e:
    print("ValueError", e)
print(ts.is_active(), ts.get_ready())
try:
    ts.prepare()
except ValueError as e:
    print("ValueError", e)
try:
    ts.done(1)
except ValueError as e:
    print("ValueError", e)
ts.done(0)
for node in (7, 0):
    try:
        ts.done(node)
    except ValueError as e:
        print("ValueError", e)
print(ts.get_ready(), bool(ts))
ts.done(1)
print(ts.is_active(), bool(ts), ts.get_ready())
print(graphlib.TopologicalSorter[int])
