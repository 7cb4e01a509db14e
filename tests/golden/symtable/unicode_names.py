def fonction(é, ñ=1):
    ü = é + ñ
    return ü
