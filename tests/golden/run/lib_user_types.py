# UserDict, UserList, UserString: subclassable wrappers over data.
from collections import UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict({'A': 1}, B=2); d['C'] = 3
print(d, d.data, d['a'], 'b' in d, len(d), sorted(d), d.get('zz', 0))
class Missing(UserDict):
    def __missing__(self, key):
        return f'<{key}>'
print(Missing()['q'], UserDict(a=1) == {'a': 1}, UserDict(a=1) | {'b': 2})
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2]); s.push(3); s.extend([4]); s += [5]
print(s, s.pop(), s[1:3], type(s[1:3]).__name__, len(s), s + [9], [0] + s, s * 2)
s.insert(0, 'z'); s.remove('z'); s.reverse(); s.sort(); print(s, s.index(3), s.count(1), 3 in s)
print(UserList([3, 1]) < UserList([3, 2]), UserList() == [], s.copy(), type(s.copy()).__name__)
us = UserString('Hello')
print(us, repr(us), us.upper(), us.lower(), us[1:], us + '!', 'ell' in us, len(us), us * 2)
print(us.replace('l', 'L'), us.split('e'), us.startswith('He'), us.find('l'), us.center(9, '*'), us == 'Hello')
class Shout(UserString):
    def __str__(self):
        return self.data.upper() + '!'
print(str(Shout('hey')), Shout('a') < Shout('b'), sorted([UserString('b'), UserString('a')]))
