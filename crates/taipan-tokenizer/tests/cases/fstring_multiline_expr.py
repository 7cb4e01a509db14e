x = f'''{
  a +
  b
}'''
y = f"{'a' 'b'}" f'{"\n".join(x)}'
