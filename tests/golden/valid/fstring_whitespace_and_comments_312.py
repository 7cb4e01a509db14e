s = f"{ x }"
s = f"{  x  =  }"
s = f"{
    a
    +
    b
}"
s = f"""{
    x  # comment inside replacement field
}"""
