class Config:
    def __init__(self):
        self.verbose = True
        self.level = 3
c = Config()
print(c.verbose, c.level)
print(c.verbos)
