# Word wrapping and justification of a paragraph.
PARA = ("Python is a programming language that lets you work quickly and integrate "
        "systems more effectively. It is used for web development, data analysis, "
        "automation, scientific computing and teaching programming to beginners.")


def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


for width in (30, 45):
    print("+" + "-" * width + "+")
    lines = wrap(PARA, width)
    for i, words in enumerate(lines):
        text = justify(words, width) if i < len(lines) - 1 else " ".join(words).ljust(width)
        print("|" + text + "|")
    print("+" + "-" * width + "+")
print(" ".join(w.center(7, "*") for w in "a bb ccc".split()))
