s = f"{x # comment}"
