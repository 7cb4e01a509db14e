# threading: Thread targets, args, names, subclasses, join, is_alive,
# current/main thread, locks, RLock, Event, Semaphore, Timer, local.
# (Generated with native CPython: the reference build has no threads.)
import threading

results = []


def worker(n, scale=1):
    results.append((n, n * n * scale, threading.current_thread().name))


threads = [threading.Thread(target=worker, args=(i,), kwargs={'scale': 2})
           for i in range(3)]
print([t.name for t in threads], [t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], all(t.ident for t in threads))
print(threading.current_thread().name, threading.main_thread().name,
      threading.current_thread() is threading.main_thread())
print(threading.get_ident() == threading.main_thread().ident)

named = threading.Thread(target=worker, args=(9,), name='custom', daemon=True)
print(named.name, named.daemon)
named.start()
named.join()
print(results[-1])


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


c = Counter(10)
c.start()
c.join()
print('subclass total', c.total)
for bad in (c.start, threading.Thread(target=print).join):
    try:
        bad()
    except RuntimeError as e:
        print('RuntimeError', e)

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False),
      lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
with lock:
    print('in with', lock.locked())

rlock = threading.RLock()
with rlock:
    with rlock:
        print('rlock nested')
try:
    rlock.release()
except RuntimeError as e:
    print('RuntimeError', e)

shared = {'count': 0}
count_lock = threading.Lock()


def increment(times):
    for _ in range(times):
        with count_lock:
            shared['count'] += 1


ts = [threading.Thread(target=increment, args=(1000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('count', shared['count'])

event = threading.Event()
print(event.is_set(), event.wait(0.01))
threading.Thread(target=event.set).start()
print(event.wait(5), event.is_set())
event.clear()
print(event.is_set())

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print('ValueError', e)

fired = []
timer = threading.Timer(0.01, fired.append, args=('fired',))
timer.start()
timer.join()
print(fired)

data = threading.local()
data.value = 'main'


def look():
    print('thread sees value:', hasattr(data, 'value'))
    data.value = 'thread'


t = threading.Thread(target=look)
t.start()
t.join()
print('main still has', data.value)
print(threading.active_count(), len(threading.enumerate()))
