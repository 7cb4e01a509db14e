# The frames a traceback went through keep their locals.
def compute(values, scale):
    total = 0
    for v in values:
        total += v * scale
    marker = "here"
    return total / (len(values) - 3)


def run():
    numbers = [1, 2, 3]
    factor = 10
    return compute(numbers, factor)


try:
    run()
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    for f in frames[1:]:
        print(f.f_code.co_name, sorted(f.f_locals.items()))
    print(frames[-1].f_locals is frames[-1].f_locals)


def closure():
    captured = "cell value"

    def inner():
        local = captured + "!"
        raise RuntimeError(local)

    return inner()


try:
    closure()
except RuntimeError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(sorted(tb.tb_frame.f_locals.items()))
    print(sorted(tb.tb_frame.f_back.f_locals))
