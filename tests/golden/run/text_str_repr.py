# repr/str/ascii of strings: quote choice, escapes of control and non-printable characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\nx", "cr\r",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é ü ß", "\u200b\u2028\u2029", "\ud7ff\ue000", "\U0001f600",
           "\U000e0001", "\U0010ffff", "\u0378", "日本語", "\x1b[0m", "'", '"', "", "\u00a0\u3000"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(repr("a'b")), str("x'y"), f"{'q'!r} {'é'!a} {'w'!s}")
print([("it's", 'a"b')], {"k'": "v\n"})
