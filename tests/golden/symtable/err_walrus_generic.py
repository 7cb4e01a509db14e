class C[T]([(x := 1) for y in z]): pass
