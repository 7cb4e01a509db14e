# reversed() and iteration of non-ASCII text.
s = "日本語テキスト" * 50 + "end"
r = reversed(s)
print(next(r), next(r), next(r))
print("".join(reversed(s))[:20])
print(list(reversed("añ€😀")))
print(len(list(reversed(s))), len(list(iter(s))))
it = iter("añ€😀")
print(next(it), list(it))
print("".join(reversed("")), list(reversed("x")))
print(r.__length_hint__())
