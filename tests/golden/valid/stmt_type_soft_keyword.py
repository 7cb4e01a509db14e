type = 1
type.x = 2
print(type)
type(x)
type[int]
match = [1, 2]
case = 3
_ = 4
