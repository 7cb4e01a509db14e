f'\{x}' rf'\{x}' f'\\{x}' f'a\
b'
