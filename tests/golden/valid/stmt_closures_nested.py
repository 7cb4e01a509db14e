def make_counter(start=0, *, step=1):
    count = start
    def increment(by=None):
        nonlocal count
        count += step if by is None else by
        return count
    def reset():
        nonlocal count
        count = start
    def get():
        def inner():
            def innermost():
                return count
            return innermost()
        return inner()
    return increment, reset, get
