type Alias =
