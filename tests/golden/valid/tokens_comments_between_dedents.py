if x:
    pass
    # c
  # d
y = 1
