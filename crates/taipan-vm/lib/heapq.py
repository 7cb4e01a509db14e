"""Heap queue algorithm, a.k.a. priority queue (Taipan's own implementation).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] (min-heaps);
the *_max functions keep the opposite invariant (max-heaps, new in 3.14)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop', 'heappush_max',
           'heappop_max', 'heapify_max', 'heapreplace_max', 'heappushpop_max']


def _check_list(name, heap, what='argument 1'):
    if not isinstance(heap, list):
        raise TypeError(f'{name}() {what} must be list, not {type(heap).__name__}')


def _sift_down(heap, startpos, pos, less):
    # Move heap[pos] up toward startpos while it is less than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if less(newitem, parent):
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos, less):
    # Bubble the smaller child up until hitting a leaf, then sift down.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not less(heap[childpos], heap[rightpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos, less)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list('heappush', heap)
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1, _lt)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    return _pop('heappop', heap, _lt)


def _pop(name, heap, less):
    _check_list(name, heap, 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = last
        _sift_up(heap, 0, less)
        return returnitem
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    return _replace('heapreplace', heap, item, _lt)


def _replace(name, heap, item, less):
    _check_list(name, heap)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _sift_up(heap, 0, less)
    return returnitem


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0, _lt)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list('heapify', heap, 'argument')
    for i in reversed(range(len(heap) // 2)):
        _sift_up(heap, i, _lt)


def heappush_max(heap, item, /):
    """Push item onto max heap, maintaining the heap invariant."""
    _check_list('heappush_max', heap)
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1, _gt)


def heappop_max(heap, /):
    """Maxheap variant of heappop."""
    return _pop('heappop_max', heap, _gt)


def heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    return _replace('heapreplace_max', heap, item, _gt)


def heappushpop_max(heap, item, /):
    """Maxheap variant of heappushpop."""
    _check_list('heappushpop_max', heap)
    if heap and item < heap[0]:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0, _gt)
    return item


def heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _check_list('heapify_max', heap, 'argument')
    for i in reversed(range(len(heap) // 2)):
        _sift_up(heap, i, _gt)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order, value, it])
            break
    less = _gt if reverse else _lt

    def entry_less(a, b):
        if less(a[0], b[0]):
            return True
        if less(b[0], a[0]):
            return False
        return a[1] < b[1]
    for i in reversed(range(len(entries) // 2)):
        _sift_up(entries, i, entry_less)
    while entries:
        top = entries[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            _sift_up(entries, 0, entry_less)
            break
        else:
            last = entries.pop()
            if entries:
                entries[0] = last
                _sift_up(entries, 0, entry_less)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


# The native versions of the heap functions (same algorithms, faster).
from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,  # noqa: E402,F811
                    heappush_max, heappop_max, heapify_max, heapreplace_max,
                    heappushpop_max)
