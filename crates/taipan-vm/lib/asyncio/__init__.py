"""asyncio: the event loop, tasks and futures are native (`_asyncio`);
the synchronisation primitives, queues, timeouts, task groups and the
waiting helpers are written here over them."""

from _asyncio import (
    run, sleep, create_task, ensure_future, gather, current_task,
    CancelledError, InvalidStateError,
)
from .events import (
    get_running_loop, get_event_loop, Handle, TimerHandle, AbstractEventLoop,
)
from .futures import Future, Task, isfuture, all_tasks
from .coroutines import iscoroutine, iscoroutinefunction
from .locks import Lock, Event, Condition, Semaphore, BoundedSemaphore
from .queues import (
    Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull, QueueShutDown,
)
from .timeouts import Timeout, timeout, timeout_at
from .tasks import (
    wait_for, wait, as_completed, shield,
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
)
from .taskgroups import TaskGroup

TimeoutError = TimeoutError
