s = f"value: }"
