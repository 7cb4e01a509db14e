s = f"{x! r}"
