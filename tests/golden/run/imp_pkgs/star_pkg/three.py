print("star_pkg.three imported")
