x = f"""{x
