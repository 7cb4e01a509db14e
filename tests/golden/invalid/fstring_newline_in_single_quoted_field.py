f'{x
'
