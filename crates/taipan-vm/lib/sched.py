"""sched: a general-purpose event scheduler over a time and a delay
function."""

import heapq
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, '
                            'kwargs')

_sentinel = object()


class scheduler:
    """Events run in order of (time, priority, insertion)."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(),
                 kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at an absolute time."""
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator),
                      action, argument, kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action,
                             argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event (ValueError if it is not queued)."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        """True if no event is scheduled."""
        return not self._queue

    def run(self, blocking=True):
        """Run the events in order, waiting with delayfunc; with
        blocking=False run the due ones and return the next deadline."""
        q = self._queue
        while True:
            if not q:
                break
            time, priority, sequence, action, argument, kwargs = q[0]
            now = self.timefunc()
            if time > now:
                delay = True
            else:
                delay = False
                heapq.heappop(q)
            if delay:
                if not blocking:
                    return time - now
                self.delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                self.delayfunc(0)

    @property
    def queue(self):
        """The scheduled events, in the order they will run."""
        events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
