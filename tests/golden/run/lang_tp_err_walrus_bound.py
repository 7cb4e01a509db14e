def f[T: (x := int)](): pass
