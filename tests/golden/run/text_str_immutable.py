# str is immutable: item assignment and deletion fail; += builds a new string.
s = "abc"
t = s
s += "d"
print(s, t, s is t)
def assign():
    s[0] = "x"
def delete():
    del s[0]
for f in [assign, delete]:
    try:
        f()
    except TypeError as e:
        print(e)
b = b"abc"
def assign_b():
    b[0] = 1
try:
    assign_b()
except TypeError as e:
    print(e)
s[0] = "z"
