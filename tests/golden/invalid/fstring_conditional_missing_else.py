s = f"{x if y}"
