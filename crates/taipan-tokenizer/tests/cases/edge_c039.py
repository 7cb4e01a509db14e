
x
