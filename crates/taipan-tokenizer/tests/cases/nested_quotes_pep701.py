f'{f'{f'{x}'}'}' f"{'\n'.join(a)}"
