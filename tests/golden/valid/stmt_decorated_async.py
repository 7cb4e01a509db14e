@decorator
async def fetch():
    pass
class C:
    @property
    def value(self):
        return 1
    @value.setter
    def value(self, v):
        pass
    @staticmethod
    async def make():
        pass
