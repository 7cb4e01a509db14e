f'{x=}' f'{x = :{y}}' f'\N{BULLET} {a}' f'{a:{b}{c}}' f'{a!s:}'
