a = 1 if b else\
2