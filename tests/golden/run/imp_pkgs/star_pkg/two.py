print("star_pkg.two imported")
TWO = 2
