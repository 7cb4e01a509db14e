# the names dis exports
import dis
print(sorted(dis.__all__))
for name in dis.__all__:
    assert hasattr(dis, name), name
print(callable(dis.dis), callable(dis.disassemble), dis.disco is dis.disassemble)
print(dis.UNKNOWN)
