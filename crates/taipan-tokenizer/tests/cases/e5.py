x = f"""{x

