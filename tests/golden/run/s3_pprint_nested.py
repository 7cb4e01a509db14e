import pprint

tree = {"root": {"left": {"left": None, "right": {"value": list(range(12))}}, "right": {"values": [{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(5)]}}}
pprint.pprint(tree)
pprint.pprint(tree, width=120)
pprint.pprint(tree, depth=3)
pprint.pprint(tree, indent=3, width=50)
pprint.pprint(tree, compact=True, width=60)
r = {"self": None, "items": [1, 2]}
r["self"] = r
print(pprint.pformat(r).replace(hex(id(r)), "ID").replace(str(id(r)), "ID"))
lst = [1, 2]
lst.append([lst, {"k": lst}])
print(pprint.pformat(lst, width=20).replace(str(id(lst)), "ID"))
print(pprint.pformat((1,), width=1), pprint.pformat((1, 2), width=3), pprint.pformat([], width=1), pprint.pformat({}, width=1))
print(pprint.pformat([(1, "a"), (2, "b")] * 4, width=30))
print(pprint.pformat({"a" * 30: ["b" * 30, "c" * 30], "d": {"e" * 40: "f" * 40}}, width=50))
print(pprint.pformat([["x" * 10] * 3] * 3, width=40))
print(pprint.pformat("single line that is long enough to need wrapping at width", width=20))
print(pprint.pformat({"text": "one two three four five six seven eight nine ten"}, width=25))


class Custom:
    def __repr__(self):
        return "Custom(" + "z" * 50 + ")"


print(pprint.pformat([Custom(), Custom()], width=40))
print(pprint.pformat({(1, 2): [3, 4], (0, 9): "x"}), pprint.pformat({2.5: 1, 1: 2, -3: 3}))


class MyList(list):
    pass


class MyDict(dict):
    def __repr__(self):
        return "MyDict!"


print(pprint.pformat(MyList(range(30)), width=30))
print(pprint.pformat(MyDict(a=1), width=1))
