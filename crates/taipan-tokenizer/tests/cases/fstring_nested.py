if a:
    b = f'{x!r:>{w}} {{y}}'

# c
else:
  pass
