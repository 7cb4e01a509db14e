f'{a # c
}'
