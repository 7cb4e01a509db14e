x = 1 + \
    2  # comment after continuation
y = [1,  # comment in brackets
     2]  # after close
