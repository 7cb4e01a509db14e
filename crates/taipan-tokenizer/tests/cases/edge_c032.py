if x:
    pass
  # c
    pass
