if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a: x = 1
if b: pass
else: pass
if (a and
        b):
    pass
