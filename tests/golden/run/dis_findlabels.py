# findlabels on raw bytes
import dis
print(dis.findlabels(b""))
print(dis.findlabels(bytes([27, 0, 35, 0])))
print(dis.findlabels(bytes([77, 0, 77, 1, 27, 0, 27, 0])))
print(dis.findlabels(bytes([27, 0, 27, 0, 76, 2, 76, 1])))
print(dis.findlabels(bytes([69, 0, 77, 1, 27, 0, 27, 0])))
