print("pkg.deep: __init__")
