class C:
    def method(self):
    return self
