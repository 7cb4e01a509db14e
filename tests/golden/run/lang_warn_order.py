# Tokenizer warnings first, then finally-block ones, then the code
# generator's, in source order; then the program runs.
print("running")
x = 5
print(x is 5)
s = "\d"
def f():
    try:
        pass
    finally:
        return 1
print((1, 2)[x:] if x is not 5 else "skip")
print(f(), len(s))
