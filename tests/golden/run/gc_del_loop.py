# Objects made in a loop die one iteration later (when rebound).
class Step:
    def __init__(self, i):
        self.i = i
        print("make", i)

    def __del__(self):
        print("free", self.i)


for i in range(3):
    s = Step(i)
print("loop done")
del s
print("end")
