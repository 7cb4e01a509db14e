# The SyntaxError block follows the import frames.
def load():
    import imp_pkgs.bad_def


load()
