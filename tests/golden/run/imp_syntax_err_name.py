# The error of an import inside try/except, and `as` bindings.
try:
    import imp_pkgs.plain as plain, no_such_other as other
except ImportError as e:
    print(e)
print(plain.value)
try:
    other
except NameError as e:
    print(e)
