# Uncaught ValueError from a format spec in an f-string.
value = "text"
print(f"{value:>10}")
print(f"{value:+}")
