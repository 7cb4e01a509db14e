print("value:, x)
