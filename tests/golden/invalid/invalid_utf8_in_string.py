x = 1
s = "abcÿdef"
