# findlinestarts on compiled source (through Bytecode.codeobj)
import dis
for src in ["x = y\n", "x = y\nz = x\nw = z\n", "x = y\n\n\nz = x\n"]:
    co = dis.Bytecode(src).codeobj
    print(list(dis.findlinestarts(co)))
