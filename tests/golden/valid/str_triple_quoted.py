s = """line one
line two
  indented 'quotes' "inside"
"""
s = '''single
triple'''
s = """ends with escaped quote \""""
s = """has "" two quotes"""
s = """
"""
b = b"""bytes
triple"""
r = r"""raw \n
triple"""
