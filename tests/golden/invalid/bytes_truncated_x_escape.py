b = b"\x4g"
