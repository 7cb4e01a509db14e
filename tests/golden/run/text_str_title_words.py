# title/capitalize/swapcase on words with apostrophes, digits, mixed scripts.
for s in ["hello world", "they're here", "o'neil mc-donald", "3rd place 42nd", "HELLO wORLD", "ǆungla ǉubav",
          "ßtraße", "ﬁsh ﬂy", "αβγ δεζ", "привет мир", "x1y2 z", "a_b c.d", "  spaced  out ", "tab\tsep\nline"]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.title().istitle(), s.istitle())
