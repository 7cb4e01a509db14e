type Alias[T] = (yield T)
