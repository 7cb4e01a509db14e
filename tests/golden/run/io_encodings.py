import os
D = "/tmp/tpio_%d_%s" % (os.getpid(), __file__.rsplit("/", 1)[-1][:-3])
def P(name):
    return os.path.join(D, name)
def cleanup():
    for root, dirs, files in list(os.walk(D, topdown=False)):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(D)
if os.path.exists(D):
    cleanup()
os.mkdir(D)
text = "café ñ €uro"
for enc in ["utf-8", "latin-1", "utf-16", "utf-16-le", "utf-8-sig", "cp1252", "ascii"]:
    try:
        with open(P("e.txt"), "w", encoding=enc) as f:
            f.write(text)
            f.write("!")
        with open(P("e.txt"), "rb") as f:
            raw = f.read()
        with open(P("e.txt"), encoding=enc) as f:
            print(enc, f.encoding, len(raw), raw[:6], repr(f.read()))
    except UnicodeError as e:
        print(enc, type(e).__name__, e)
with open(P("e.txt"), "w", encoding="ascii", errors="replace") as f:
    f.write(text)
with open(P("e.txt"), "rb") as f:
    print(f.read())
for errors in ["ignore", "backslashreplace", "xmlcharrefreplace"]:
    with open(P("e.txt"), "w", encoding="ascii", errors=errors) as f:
        print(f.errors, f.write(text))
    with open(P("e.txt")) as f:
        print(repr(f.read()))
with open(P("bad.txt"), "wb") as f:
    f.write(b"ok\xff\xfeend\n")
for errors in ["replace", "ignore", "backslashreplace"]:
    with open(P("bad.txt"), errors=errors) as f:
        print(errors, repr(f.read()))
try:
    with open(P("bad.txt")) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(P("bad.txt"), encoding="latin-1") as f:
    print(repr(f.read()))
cleanup()
