import shlex

for s in ['a b  c', 'a "b c" d', "it's", "'it'\\''s'", 'a\\ b', 'x#y # comment', '"unclosed', 'esc\\', 'a"b"c', '"a\\"b"', "'a\\b'", '', '  ',
          'cmd --opt="quoted value" \'single quoted\' plain\\ esc', '"nested \'inner\'"', 'tab\there\nnewline', '"a\\\\b" "a\\$b"']:
    for kw in [{}, {"comments": True}, {"posix": False}]:
        try:
            print(repr(s), kw, shlex.split(s, **kw))
        except ValueError as e:
            print(repr(s), kw, "ValueError", e)
print(shlex.quote(""), shlex.quote("abc"), shlex.quote("a b"), shlex.quote("it's"), shlex.quote("safe-chars_@%+=:,./"), shlex.quote("$HOME"))
print(shlex.join(["a", "b c", "", "d'e"]), shlex.split(shlex.join(["x y", "it's", "$z"])))
print(list(shlex.shlex("a=b;c && d", punctuation_chars=True)))
print(list(shlex.shlex('foo bar "baz qux"')), list(shlex.shlex("x = 1 + y; # comment\nz")))
lex = shlex.shlex('foo bar "baz qux"', posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
try:
    shlex.split(None)
except ValueError as e:
    print("ValueError", e)
