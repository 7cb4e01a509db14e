import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks(), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
    print("{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}".format(tag, i1, i2, j1, j2, "qabxcd"[i1:i2], "abycdf"[j1:j2]))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "when", "whale", "wheat", "hello"], n=2, cutoff=0.5))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist), difflib.get_close_matches("pineapple", keyword.kwlist), difflib.get_close_matches("accept", keyword.kwlist))
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
b = ["zero\n", "one\n", "two\n", "3\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n"]
print("".join(difflib.unified_diff(a, b, fromfile="before.txt", tofile="after.txt")), end="")
print("".join(difflib.unified_diff(a, b, n=1)), end="")
print("".join(difflib.context_diff(a, b, fromfile="x", tofile="y", fromfiledate="d1", tofiledate="d2")), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")), list(difflib.unified_diff(a, a)), list(difflib.unified_diff([], ["new\n"])))
big_a = ["line %d\n" % (i % 7) for i in range(300)]
big_b = big_a[:150] + ["inserted\n"] + big_a[150:]
sm = difflib.SequenceMatcher(None, big_a, big_b)
print(len(sm.bpopular), sm.get_opcodes()[:3], round(sm.ratio(), 4))
print(difflib.SequenceMatcher(None, big_a, big_b, autojunk=False).get_opcodes())
print(difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x"), difflib.IS_CHARACTER_JUNK(" "), difflib.Match(1, 2, 3))
for bad in [lambda: difflib.get_close_matches("x", [], n=0), lambda: difflib.get_close_matches("x", [], cutoff=2),
            lambda: list(difflib.unified_diff("abc", ["x"])), lambda: list(difflib.unified_diff([1], ["x"]))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
