import json

print(json.dumps({"a": [1, 2.5, None, True, False], "b": {}, "c": [], "d": "x"}))
print(json.dumps([1e16, 1e-7, 0.1, -0.0, 3.0, 12345678901234567890, -5]))
print(json.dumps(float('inf')), json.dumps(-float('inf')), json.dumps(float('nan')))
print(json.dumps("é\u2028\U0001f600\n\t\"\\/\x01\x7f"))
print(json.dumps("é\u2028\U0001f600\n", ensure_ascii=False))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5, False: 6}))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
print(json.dumps([1, [2, 3]], separators=(',', ':')), json.dumps({"a": 1}, separators=(';', '=')))
print(json.dumps((1, 2)), json.dumps("plain"), json.dumps(None), json.dumps(7))
print(json.dumps({"k": 1, (1, 2): 3}, skipkeys=True))
print(json.dumps({"x": {1, 2}.__class__.__name__}))
print(json.dumps([{"nested": [{"deep": [1, {"deeper": None}]}]}]))
