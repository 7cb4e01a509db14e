x = 1
# last line comment