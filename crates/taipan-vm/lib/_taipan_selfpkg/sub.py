import _taipan_selftest as t
X = t.VALUE + 1


def boom():
    raise ValueError("in lib")
