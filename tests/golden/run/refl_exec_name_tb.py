# a NameError raised inside exec'd code: the traceback goes through <string>
src = """
def f():
    return missing_name
f()
"""
exec(src)
