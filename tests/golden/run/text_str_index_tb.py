# Uncaught ValueError from str.index: traceback text.
def locate(s, sub):
    return s.index(sub)
print(locate("hello", "ll"))
print(locate("hello", "z"))
