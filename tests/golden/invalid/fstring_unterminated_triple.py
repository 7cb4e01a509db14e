s = f"""value: {x}
more text
