# Calling or subscripting a literal warns at compile time ("perhaps you
# missed a comma?"), and fails when run.
def calls():
    return [
        (1, 2)(3),
    ]

def more_calls():
    "abc"(1)
    [1, 2](0)
    {1: 2}(0)
    {1, 2}(0)
    None()
    f"x"()
    (x for x in ())()
    [x for x in ()]()

def subscripts():
    5[0]
    None[0]
    {1}[0]
    (lambda: 0)[0]
    "ab"["x"]
    (1, 2)["a"]
    [1, 2][1.5]
    [1, 2][()]
    "ab"[0]
    [1, 2][True]
    [1, 2][1:2]

for fn in (calls, more_calls, subscripts):
    try:
        fn()
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
