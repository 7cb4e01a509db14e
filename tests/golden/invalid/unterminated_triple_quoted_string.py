doc = """This docstring
never ends

x = 1
