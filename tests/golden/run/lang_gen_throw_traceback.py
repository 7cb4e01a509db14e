# An exception thrown into a generator and not handled: the traceback
# shows the throw() call and the paused yield.
def gen():
    print("start")
    yield "first"
    print("never")

g = gen()
print(next(g))
g.throw(ValueError("thrown in"))
