s = f"""
name: {name}
value: {
    value
}
total: {a +
        b}
"""
s = f"{
    x
}"
s = f"{x # a comment
}"
s = f"{
    1 + 2  # comment
    }"
