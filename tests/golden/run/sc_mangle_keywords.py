# Keyword arguments in calls are not mangled; parameters are, so a
# private-looking parameter must be passed by its mangled name.
def plain(**kw):
    return sorted(kw)


class K:
    def call(self):
        return plain(__a=1, b=2)

    def method(self, __p=0):
        return __p

    def call_method(self):
        return self.method(_K__p=5)


print(K().call(), K().call_method())
try:
    K().method(__p=1)
except TypeError as e:
    print("TypeError:", e)
