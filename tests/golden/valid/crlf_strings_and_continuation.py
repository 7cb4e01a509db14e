s = """multi
line"""
t = "a" \
    "b"
u = f"{x
}"
