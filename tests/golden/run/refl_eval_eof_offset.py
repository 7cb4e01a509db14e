# eval of an incomplete expression without a trailing newline: CPython reports offset 0
try:
    eval("1 +")
except SyntaxError as e:
    print(e.args)
