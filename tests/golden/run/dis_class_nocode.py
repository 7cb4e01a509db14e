# dis.dis of a class without code attributes prints nothing
import dis

class Empty:
    x = 1
    y = "text"

dis.dis(Empty)
print("after class")
print(sorted(k for k in vars(Empty) if not k.startswith("__")))
