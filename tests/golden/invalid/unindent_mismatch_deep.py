def outer():
    def inner():
        if x:
            for y in z:
                pass
          return 1
