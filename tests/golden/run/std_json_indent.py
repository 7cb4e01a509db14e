import json

data = {"name": "taipan", "tags": ["a", "b"], "empty": [], "obj": {}, "n": {"x": 1, "y": [1, {"z": None}]}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps([1, 2], indent=0))
print(json.dumps({"a": 1}, indent=4, separators=(",", " = ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
