# Replacing a class attribute that held an instance frees it.
class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class Config:
    current = V(1)


print("class made")
Config.current = V(2)
print("replaced")
del Config.current
print("deleted")
