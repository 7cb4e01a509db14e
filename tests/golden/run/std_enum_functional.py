from enum import Enum, IntEnum

F = Enum('F', 'A B C')
print(list(F), F.B.value, repr(F(3)), F.__name__)
G = Enum('G', ['X', 'Y'], start=10)
print([(m.name, m.value) for m in G])
H = Enum('H', [('ONE', 1), ('TWO', 2)])
print(H.TWO, H(1))
K = Enum('K', {'P': 'p', 'Q': 'q'})
print(K('q'), repr(K.P))
I = IntEnum('I', 'LOW HIGH')
print(I.HIGH + 1, repr(I.LOW))
W = Enum('W', 'a, b,c')
print(list(W.__members__))
