import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(repr(textwrap.shorten("  The   quick brown    fox  ", 15)))
print(repr(textwrap.shorten("", 10)))
s = '''\
    def f():
        return 1

    x = 2
'''
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("  a\n   \n  b")))
print(repr(textwrap.dedent("\t\ta\n\t\tb\n\t  c")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.dedent("   \n  \t \n")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\r\nb\r\n", "+ ")))
print(repr(textwrap.indent("a\n  \nb", "# ", lambda line: True)))
print(repr(textwrap.indent("one\ntwo\nthree", "-", lambda l: "o" in l)))
print(textwrap.fill("word " * 30, 40))
print(textwrap.fill("hello world", width=5))
try:
    textwrap.dedent(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    textwrap.indent("x", 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap(None)
except Exception as e:
    print(type(e).__name__)
