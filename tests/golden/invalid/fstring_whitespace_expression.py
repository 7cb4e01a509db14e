s = f"value: { }"
