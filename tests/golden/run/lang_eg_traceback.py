# The traceback of an uncaught exception group.
def fail(n):
    raise ValueError(f"value {n}")

def collect():
    errors = []
    for n in range(2):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    errors.append(TypeError("never raised"))
    raise ExceptionGroup("several failures", errors)

collect()
