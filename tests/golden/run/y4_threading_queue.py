# queue with worker threads: producer/consumer with sentinels, task_done
# and join, Condition-based handoff, Barrier, exceptions in a thread.
# (Generated with native CPython: the reference build has no threads.)
import queue
import threading

q = queue.Queue()
processed = []


def consumer(tag):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        processed.append(item * 10)
        q.task_done()


workers = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
for item in range(10):
    q.put(item)
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print(sorted(processed), q.empty(), q.qsize())

results = queue.Queue()


def square(n):
    results.put((n, n * n))


ts = [threading.Thread(target=square, args=(n,)) for n in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.get() for _ in range(5)))

cond = threading.Condition()
items = []


def producer():
    with cond:
        items.append('made')
        cond.notify()


def waiter():
    with cond:
        cond.wait_for(lambda: items)
        print('waiter got', items[0])


w = threading.Thread(target=waiter)
p = threading.Thread(target=producer)
w.start()
p.start()
w.join()
p.join()

barrier = threading.Barrier(3)
order = []


def party(n):
    order.append(('before', n))
    barrier.wait()
    order.append(('after', n))


ts = [threading.Thread(target=party, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(o for o in order if o[0] == 'before') == [('before', n) for n in range(3)],
      len(order), barrier.n_waiting, barrier.broken)

caught = []
threading.excepthook = lambda args: caught.append(
    (args.exc_type.__name__, str(args.exc_value), args.thread.name))


def fails():
    raise ValueError('thread error')


t = threading.Thread(target=fails, name='failing')
t.start()
t.join()
print(caught)
