class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


with Resource("a") as r:
    print("body", r.name)

with Resource("outer"), Resource("inner") as inner:
    print("nested body", inner.name)

with Resource("quiet", swallow=True):
    raise ValueError("suppressed")
print("after suppressed")


def early():
    with Resource("ret"):
        return "returned"


print(early())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
try:
    with Resource("loud"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
