print("ab".ljust(5, "."), "ab".rjust(5), "ab".center(7, "*"), "abc".center(6, "-"), "a".center(4, "-"))
print("l1\nl2\r\nl3".splitlines(), "k=v=w".partition("="), "none".partition("x"), "abcabc".rfind("b"))
print("ABC".isupper(), "abc".islower(), "a1".isalnum(), "A b".isupper(), "123".isupper())
xs = [1, 2, 3, 2]
xs.remove(2)
ys = xs.copy()
xs.clear()
print(xs, ys)
d = {"a": 1}
e = d.copy()
d.clear()
print(d, e)
try:
    ys.remove(99)
except ValueError as err:
    print(err)
