s = "a" "b" 'c'
s = ("multi "
     "line "
     "concat")
s = "abc" f"{x}" "def"
s = f"{a}" f"{b}"
b = b"a" b"b" rb"c"
s = u"a" "b"
t = t"a{x}" t"b{y}"
