type Point = tuple[float, float]
type Pair[T] = tuple[T, T]
type Nested[K, V: int] = dict[K, list[V]]
