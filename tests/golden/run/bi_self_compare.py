a = [1]
a.append(a)
print(a == a, a != a, a <= a, a >= a, a < a)
d = {}
d[1] = d
print(d == d, d is d)
t = ([],)
t[0].append(t)
print(t == t, len(t[0]))
s = [a, a]
print(s == [a, a], a in s, s.count(a), s.index(a))
