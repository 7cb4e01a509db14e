x = [
    1, 2,
    3,
]
y = (1 +
     2)
z = {
    "a": 1,
    # comment inside
    "b": 2,
}
call(a,

     b)
