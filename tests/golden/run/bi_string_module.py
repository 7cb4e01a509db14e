import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(len(string.printable), repr(string.printable[-10:]))
print(string.capwords("hello   wide\tworld"), string.capwords("a-b-c", "-"))
print(string.capwords(" ßtraße ǆx "))
