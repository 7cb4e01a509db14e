import json

print(json.loads('{"a": 1, "b": [2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[1.5, 2, "x"]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")

print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=encode))
try:
    json.dumps(object(), default=encode)
except TypeError as e:
    print(e)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps([Point(3, 4)], cls=PointEncoder), PointEncoder(indent=1).encode({"p": Point(0, 0)}))
try:
    json.dumps(Point(1, 1).__dict__.keys(), cls=PointEncoder)
except TypeError as e:
    print(e)

class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return Point(d["x"], d["y"]) if "x" in d else d

p = json.loads('{"x": 5, "y": 6}', cls=Decoder)
print(type(p).__name__, p.x, p.y)
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().decode(' {} '))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e, e.__notes__)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
print(json.dumps(l, check_circular=False) if False else "skip")
