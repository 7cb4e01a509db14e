# copyreg.pickle reducers used by copy.copy/deepcopy; copyreg helpers.
import copy, copyreg
class Pt:
    def __init__(self, x): self.x = x
def red(p):
    print('reducing', p.x)
    return (Pt, (p.x * 10,))
copyreg.pickle(Pt, red)
print(copy.copy(Pt(1)).x, copy.deepcopy([Pt(2)])[0].x)
try: copyreg.pickle(Pt, 5)
except TypeError as e: print(e)
print(copyreg.__newobj__(dict), copyreg._reconstructor(Pt, object, None).__class__.__name__)
