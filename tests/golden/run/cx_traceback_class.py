# An error in a class-body comprehension: a name of the class is not
# visible inside it.
class Config:
    keys = ["a", "b"]
    default = 0
    table = {k: default for k in keys}
