s = f"value: {x}
