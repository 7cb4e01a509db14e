# an uncaught math domain error
import math
def area(r):
    return math.pi * r ** 2
print(area(2))
print(math.log(area(0)))
