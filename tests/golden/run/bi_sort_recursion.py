import sys
def key(x):
    return sorted([x - 1], key=key) if x > 0 else [x]
print(sorted([3, 1, 2], key=key))
def nest(n):
    return [n] if n == 0 else sorted([nest(n - 1)], key=lambda v: v)
print(nest(30))
def depth(n):
    return 0 if n == 0 else 1 + max(map(depth, [n - 1]))
print(depth(50))
def summing(n):
    return n if n == 0 else sum([summing(n - 1), 1])
print(summing(40))
print(sorted([[3, [1]], [3, [0]], [1]]))
print(min([[2], [1, 5]], key=lambda v: sorted(v)))
