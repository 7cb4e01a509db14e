# Character-class predicates: isalpha isdigit isdecimal isnumeric isalnum isspace isprintable ...
samples = ["abc", "ABC", "Abc", "abc1", "123", "١٢٣", "²", "½", "Ⅻ", "一二三", "①", "", " ", "\t\n",
           "\x1c", "\x85", "\u00a0", "\u200b", "a b", "é", "ǅ", "Hello World", "Hello world",
           "HELLO WORLD", "hello1", "_id", "1abc", "αβγ", "x\x00", "\x7f", "\u2028", "ª", "ⁱ",
           "𝟘𝟙", "ABC1", "aBc", "Ab Cd", "A1b", "is_id3", "class", "√", "\u0300", "a\u0300"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isprintable",
         "isidentifier", "islower", "isupper", "istitle", "isascii"]
for s in samples:
    flags = "".join("1" if getattr(s, n)() else "0" for n in names)
    print(repr(s), flags)
for n in names:
    try:
        getattr("x", n)(1)
    except TypeError as e:
        print(n, e)
