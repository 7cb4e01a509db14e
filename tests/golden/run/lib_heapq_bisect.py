import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]; heapq.heapify(data); print(data, data[0])
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 6), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len))
print(heapq.nsmallest(0, [1]), heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(2, [(1, 'b'), (1, 'a'), (0, 'z')]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([], [1])), list(heapq.merge()))
print(list(heapq.merge(['aa', 'bbb'], ['c', 'dd'], key=len)), list(heapq.merge([7, 4, 1], [8, 3], reverse=True)))
m = []
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    heapq.heappush_max(m, x)
print(m, [heapq.heappop_max(m) for _ in range(8)])
mm = [1, 5, 3, 8]; heapq.heapify_max(mm); print(mm, heapq.heapreplace_max(mm, 0), mm, heapq.heappushpop_max(mm, 10), heapq.heappushpop_max(mm, 2), mm)
tasks = []
for pri, name in [(3, 'write'), (1, 'read'), (2, 'sleep'), (1, 'eat')]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(4)])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush(1, 2), lambda: heapq.heapify((1,)), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush([1], 'a'), lambda: heapq.heappop_max([])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 100))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect(a, 5, hi=2))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 4); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1]); bisect.insort_left(recs, ('y', 1), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
for bad in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(1, 1), lambda: bisect.bisect([1, 2], 1, 0, 10),
            lambda: bisect.insort([1], 2, lo=-1), lambda: bisect.bisect_left([1, 'a'], 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
