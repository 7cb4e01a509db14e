import getopt


def t(*a, g=False):
    try:
        print((getopt.gnu_getopt if g else getopt.getopt)(*a))
    except getopt.GetoptError as e:
        print("GetoptError", e, repr(e.opt), repr(e.msg), e.args)


t(["-a", "-b", "x", "--long", "v", "rest", "-c"], "ab:c", ["long="])
t(["-abx", "--lo=1", "--", "-z"], "ab:", ["long=", "other"])
t(["-z"], "a")
t(["-b"], "b:")
t(["--nope"], "", ["long"])
t(["--lo"], "", ["long=", "lone"])
t(["--long=x"], "", ["long"])
t(["--long"], "", ["long="])
t(["a", "-a", "b", "-b", "1"], "ab:", g=True)
t(["-o", "-oval", "--opt", "--opt=v"], "o::", ["opt=?"])
t(["x", "-a"], "+a", g=True)
t(["--lo"], "", ["long", "lo"])
t(["-", "-a"], "a")
t(["-a", "-"], "a", g=True)
t(["--verbose"], "v", "verbose")
print(getopt.error is getopt.GetoptError, getopt.__all__, issubclass(getopt.GetoptError, Exception))
