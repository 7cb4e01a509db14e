print("star_pkg.one imported")
ONE = 1
