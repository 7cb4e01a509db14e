import json

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

sink = Sink()
json.dump({"a": [1, 2], "b": "c"}, sink, indent=2, sort_keys=True)
text = "".join(sink.parts)
print(text)
print(json.load(Source(text)))
print(json.load(Source('[1, 2]'), object_hook=None))
rt = {"list": [1, 2.5, "s", None, True], "nested": {"k": {"k2": []}}, "unicode": "ñ€😀"}
print(json.loads(json.dumps(rt)) == rt, json.loads(json.dumps(rt, ensure_ascii=False)) == rt)
print(json.__all__)
