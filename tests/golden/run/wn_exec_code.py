# warnings from exec'd and compiled code: <string> has no source line
import warnings

exec("import warnings\nwarnings.warn('from exec')")
exec(compile("import warnings\n\nwarnings.warn('from named code')", "named.py", "exec"))
ns = {}
exec("def f():\n    import warnings\n    warnings.warn('from f', stacklevel=2)", ns)
ns["f"]()


def g():
    eval("__import__('warnings').warn('in eval')")


g()
