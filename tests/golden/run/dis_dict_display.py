# dict displays: pairs and ** merges keep source order; later keys win
def v(x):
    print("eval", x)
    return x

d = {v("a"): v(1), **{v("b"): 2}, v("c"): v(3), **{"a": 4}}
print(d)
big = {i: i * i for i in range(3)}
many = {"k%d" % i: i for i in range(20)}
print(len(many), {**big, 1: "one", **{}, 2: "two"})
print({"x": 1, "x": 2}, {**{"y": 1}, "y": 2})
try:
    {**[1, 2]}
except TypeError as e:
    print(e)
class M:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, k):
        return k.upper()

print({**M(), "r": 0})
print({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12,
       13: 13, 14: 14, 15: 15, 16: 16, 17: 17, **{18: 18}})
