x = 1
y = 2
# comment ÿ
z = 3
