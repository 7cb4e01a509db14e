doc = """line one
line two
line three""" = x
