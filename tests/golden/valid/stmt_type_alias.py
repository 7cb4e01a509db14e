type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Pair[K, V] = tuple[K, V]
type Recursive = list[Recursive] | int
type Lazy = "Forward"
