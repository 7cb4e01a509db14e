# Method calls and attribute chains over several lines.
class Builder:
    def add(self, x):
        return self
    def fail(self, *args):
        raise RuntimeError("failed with " + repr(args))

def chained():
    return (Builder()
            .add(1)
            .add(2)
            .fail(3,
                  4))

def in_call():
    result = len(
        Builder().fail(
            "x"
        )
    )

try:
    chained()
except RuntimeError:
    in_call()
