def f():
    x = 1
# column zero comment inside function body
        # deeper comment
    if x:
        return x
  # odd indentation comment
    return 0
# final comment
