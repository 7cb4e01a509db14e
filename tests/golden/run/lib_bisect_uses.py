# bisect: grades, sorted insertion with key, range counting, lo/hi bounds.
import bisect
breakpoints, grades = [60, 70, 80, 90], 'FDCBA'
print([grades[bisect.bisect(breakpoints, s)] for s in [33, 60, 99, 77, 70, 89, 90, 100]])
data = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(data, x)
print(data)
def count_in_range(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)
print(count_in_range(data, 2, 5), count_in_range(data, 10, 20), count_in_range(data, 1, 1))
people = [('al', 25), ('bo', 31), ('cy', 40)]
bisect.insort(people, ('di', 33), key=lambda p: p[1])
bisect.insort_left(people, ('ed', 25), key=lambda p: p[1])
bisect.insort_right(people, ('fi', 25), key=lambda p: p[1])
print(people, bisect.bisect_left(people, 33, key=lambda p: p[1]))
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect(a, 2, lo=4))
print(bisect.bisect_left([], 1), bisect.bisect('ace', 'b'), bisect.bisect_left((1, 3), 2))
for bad in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.insort_left(a, 1, -5), lambda: bisect.bisect(None, 1), lambda: bisect.bisect_right([1, 2], 'x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
