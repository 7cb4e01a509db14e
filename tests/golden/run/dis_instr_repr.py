# Instruction and Positions reprs from get_instructions
import dis
for ins in dis.get_instructions("x = 'a'\n"):
    print(repr(ins))
print(list(dis.get_instructions("x = y\n"))[1].positions)
