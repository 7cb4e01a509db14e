class C:
    Item = int
    type Items = list[Item]
    type Map[K] = dict[K, Item]
