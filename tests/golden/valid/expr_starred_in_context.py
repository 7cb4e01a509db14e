print(*args)
x = *a, *b
[*range(3)]
a, *b = *c, d
return_value = [*a, 1, *b]
{*s}
