from collections import deque

def drain(q):
    while True:
        print('got', q.popleft())

queue = deque(['a', 'b'])
drain(queue)
