# Tracebacks name the mangled attribute; NameError for a mangled global.
class Vault:
    def __init__(self):
        self.__gold = 1

    def steal(self, other):
        return other.__gold

    def missing(self):
        return __treasure


v = Vault()
print(v.steal(v))
try:
    v.missing()
except NameError as e:
    print("NameError:", e)


class Other:
    pass


v.steal(Other())
