import fnmatch

names = ["a.txt", "b.TXT", "readme.md", ".hidden", "x1.py", "x22.py", "[x].py", "a-b", "a]b", "dir/file.txt", ""]
for pat in ["*.txt", "*.py", "x?.py", "x[0-9]*", "[!a-x]*", "*", "?", "[[]x]*", "a[]-]b", "a[!]]b",
            "*/*", "*.[tT][xX][tT]", "[a-", "a[b-a]c", "", "**.py", "*x*p*"]:
    print(repr(pat), fnmatch.filter(names, pat), fnmatch.filterfalse(names, pat)[:3])
print(fnmatch.fnmatch("foo.PY", "*.py"), fnmatch.fnmatchcase("foo.PY", "*.PY"))
print(fnmatch.fnmatch(b"abc", b"a*"), fnmatch.fnmatch("a\nb", "a?b"), fnmatch.fnmatch("a\nb", "a*"))
for pat in ['*.txt', 'a*b*c', 'a**b', '?x[abc]', '[!a-z]*', '[]]', '[!]]', '[a-', 'a[b-a]c', '*',
            'a*', '*a', '[a--c]', '[\\]x]', 'a.b+c(', 'x*y*', '[[]', '[a&&b]', '[^x]', '[a|b]', 'a b#']:
    print(repr(pat), repr(fnmatch.translate(pat)))
try:
    fnmatch.fnmatch("abc", b"a*")
except TypeError as e:
    print("TypeError:", e)
try:
    fnmatch.fnmatch(b"abc", "a*")
except TypeError as e:
    print("TypeError:", e)
try:
    fnmatch.fnmatch(1, "a")
except TypeError as e:
    print("TypeError:", e)
