# The alternate form '#' across presentation types, and bools in % and format().
for v in [0, 1.0, 1e20, 12.0, 0.5, 123.456, 1e-7]:
    print([format(v, s) for s in ["#", "#.3", "#.0f", "#.0e", "#g", "#.2g", "#G", "#.0%", "#10.1"]])
for v in [0, 10, -10]:
    print([format(v, s) for s in ["#x", "#X", "#o", "#b", "#_b", "#010x", "#<8o", "#^10b"]])
print("%c|%d|%x|%s|%r|%.1f" % (True, False, True, True, False, True), format(True, "x"), format(False, ">5"), format(True, "^6"))
print("aé€😀\U000e0001".encode("ascii", "namereplace"), "ÿ".encode("latin-1", "namereplace"), "Ā€".encode("cp1252", "namereplace"))
