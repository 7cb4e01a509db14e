import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs! How vexingly quick daft zebras jump? "
        "Well-known state-of-the-art self-contained e-mail hyphenation "
        "works--mostly--as expected.")
for width in (10, 15, 20, 33, 50, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 12))
print(textwrap.wrap("tabs\there\tand\tthere", 12))
print(textwrap.wrap("tabs\there\tand\tthere", 40, expand_tabs=False))
print(textwrap.wrap("tabs\there\tand\tthere", 40, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("Hello there. This is it.  Yes! ok", 80, fix_sentence_endings=True))
print(textwrap.wrap("line one\nline two\n\nline three", 15))
print(textwrap.wrap("x" * 25, 7))
print(textwrap.wrap("123-456-789 ab-cd-ef", 5))
print(textwrap.wrap("don't--stop me--now", 8))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" ...")
print(w.wrap(text))
print(w.fill("short"))
print(textwrap.TextWrapper(width=12, max_lines=3).wrap(text))
print(textwrap.TextWrapper(width=40, tabsize=4).wrap("a\tb\tc"))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("abc def ghi", 4, max_lines=1, placeholder=" [truncated]")
except ValueError as e:
    print("ValueError:", e)
