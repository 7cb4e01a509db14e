print("pkg.sub: __name__ =", __name__, "__package__ =", __package__)
sub_value = "S"
