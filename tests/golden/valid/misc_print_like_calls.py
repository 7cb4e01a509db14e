print ("space before paren")
print(("tuple",))
exec ("x = 1")
print
print.__doc__
