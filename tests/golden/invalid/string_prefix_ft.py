s = ft"{x}"
