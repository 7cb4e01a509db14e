f'a\
b'
