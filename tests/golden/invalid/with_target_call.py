with lock as get():
    pass
