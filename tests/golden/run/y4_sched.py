# sched: events ordered by time then priority, cancel, queue, run with a
# fake clock (no real waiting).
import sched

now = [0.0]


def timefunc():
    return now[0]


def delayfunc(seconds):
    now[0] += seconds


s = sched.scheduler(timefunc, delayfunc)
log = []


def act(name, *extra, **kw):
    log.append((now[0], name, extra, kw))


s.enter(5, 1, act, ('five',))
s.enter(2, 2, act, ('two-low',))
s.enter(2, 1, act, ('two-high',))
e = s.enter(3, 1, act, ('cancelled',))
s.enterabs(4, 1, act, ('abs-four',), {'flag': True})
s.enter(1, 1, act, argument=('with', 'args'))
print([ev.argument[0] for ev in s.queue])
s.cancel(e)
print(len(s.queue), s.empty())
print(s.run(blocking=False) is None or 'deadline')
s.run()
for entry in log:
    print(entry)
print(s.empty(), now[0])
try:
    s.cancel(e)
except ValueError as err:
    print('ValueError', err)
s.enter(10, 1, act, ('later',))
print(s.run(blocking=False))
ev = s.queue[0]
print(ev.time, ev.priority, ev.action is act, ev.kwargs, type(ev).__name__)
