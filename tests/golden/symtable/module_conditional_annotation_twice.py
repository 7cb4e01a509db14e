if a:
    x: int
else:
    y: str
z: float
