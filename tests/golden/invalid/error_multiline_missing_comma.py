items = [
    "alpha",
    "beta"
    "gamma" 42,
]
