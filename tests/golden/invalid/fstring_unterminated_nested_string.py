s = f"{x + 'abc}"
