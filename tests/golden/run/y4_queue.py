# queue without threads: FIFO, LIFO, priority and simple queues,
# maxsize, Empty/Full, task_done, shutdown.
import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)])
try:
    q.get_nowait()
except queue.Empty:
    print('Empty from get_nowait')
try:
    q.get(block=False)
except queue.Empty:
    print('Empty from get(block=False)')
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)

bounded = queue.Queue(maxsize=2)
bounded.put('a')
bounded.put_nowait('b')
print(bounded.full(), bounded.qsize())
try:
    bounded.put('c', block=False)
except queue.Full:
    print('Full')
try:
    bounded.put('c', timeout=0.01)
except queue.Full:
    print('Full after timeout')

lifo = queue.LifoQueue()
for ch in 'abc':
    lifo.put(ch)
print([lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print('SimpleQueue Empty')

tq = queue.Queue()
tq.put('job')
tq.get()
tq.task_done()
tq.join()
print('joined', tq.unfinished_tasks)
try:
    tq.task_done()
except ValueError as e:
    print('ValueError', e)

sd = queue.Queue()
sd.put(1)
sd.shutdown()
try:
    sd.put(2)
except queue.ShutDown:
    print('ShutDown on put')
print(sd.get())
try:
    sd.get()
except queue.ShutDown:
    print('ShutDown on get')
sd2 = queue.Queue()
sd2.put(1)
sd2.shutdown(immediate=True)
print(sd2.qsize())
print(queue.Queue[int], issubclass(queue.Empty, Exception))
