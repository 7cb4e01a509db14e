f"{f"{x}
