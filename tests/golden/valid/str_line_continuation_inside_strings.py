s = "abc\
def"
t = '''first\
second'''
u = b"bytes\
more"
