# Caesar, Vigenere and run-length encoding, with round trips.
import string


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - 97
            out.append(caesar(ch, -shift if decrypt else shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)


def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


msg = "Attack at Dawn! Zebras & yaks."
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3))
v = vigenere(msg, "Lemon")
print(v, "|", vigenere(v, "Lemon", decrypt=True))
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aaaaaaaaaaaa"]:
    e = rle(s)
    print(e, unrle(e) == s)
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello, world".translate(table), string.digits, string.punctuation[:10])
