s = r"\d+\.\w*"
s = b"\q"
