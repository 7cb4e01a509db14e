def f():
  return 1or 2
 x = "\q"
