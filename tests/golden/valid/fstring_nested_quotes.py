s = f"{'single'}"
s = f'{"double"}'
s = f"{"same quotes"}"
s = f"{f"{f"{x}"}"}"
s = f"{d["key"]}"
s = f"""{"triple" + 'mixed'}"""
s = f'''{f"{x!r}"}'''
