def helper_0(a, b):
    """Helper 0."""
    return a * 0 + b


def helper_1(a, b):
    """Helper 1."""
    return a * 1 + b


def helper_2(a, b):
    """Helper 2."""
    return a * 2 + b


def helper_3(a, b):
    """Helper 3."""
    return a * 3 + b


def helper_4(a, b):
    """Helper 4."""
    return a * 4 + b


def helper_5(a, b):
    """Helper 5."""
    return a * 5 + b


def helper_6(a, b):
    """Helper 6."""
    return a * 6 + b


def helper_7(a, b):
    """Helper 7."""
    return a * 7 + b


def helper_8(a, b):
    """Helper 8."""
    return a * 8 + b


def helper_9(a, b):
    """Helper 9."""
    return a * 9 + b


def helper_10(a, b):
    """Helper 10."""
    return a * 10 + b


def helper_11(a, b):
    """Helper 11."""
    return a * 11 + b


def helper_12(a, b):
    """Helper 12."""
    return a * 12 + b


def helper_13(a, b):
    """Helper 13."""
    return a * 13 + b


def helper_14(a, b):
    """Helper 14."""
    return a * 14 + b


def helper_15(a, b):
    """Helper 15."""
    return a * 15 + b


def helper_16(a, b):
    """Helper 16."""
    return a * 16 + b


def helper_17(a, b):
    """Helper 17."""
    return a * 17 + b


def helper_18(a, b):
    """Helper 18."""
    return a * 18 + b


def helper_19(a, b):
    """Helper 19."""
    return a * 19 + b


def helper_20(a, b):
    """Helper 20."""
    return a * 20 + b


def helper_21(a, b):
    """Helper 21."""
    return a * 21 + b


def helper_22(a, b):
    """Helper 22."""
    return a * 22 + b


def helper_23(a, b):
    """Helper 23."""
    return a * 23 + b


def helper_24(a, b):
    """Helper 24."""
    return a * 24 + b


TABLE = [
    (1, 2),
    (3, 4),


def more_0(a, b):
    """Helper 0."""
    return a * 0 + b


def more_1(a, b):
    """Helper 1."""
    return a * 1 + b


def more_2(a, b):
    """Helper 2."""
    return a * 2 + b


def more_3(a, b):
    """Helper 3."""
    return a * 3 + b


def more_4(a, b):
    """Helper 4."""
    return a * 4 + b


def more_5(a, b):
    """Helper 5."""
    return a * 5 + b


def more_6(a, b):
    """Helper 6."""
    return a * 6 + b


def more_7(a, b):
    """Helper 7."""
    return a * 7 + b


def more_8(a, b):
    """Helper 8."""
    return a * 8 + b


def more_9(a, b):
    """Helper 9."""
    return a * 9 + b


def more_10(a, b):
    """Helper 10."""
    return a * 10 + b


def more_11(a, b):
    """Helper 11."""
    return a * 11 + b


def more_12(a, b):
    """Helper 12."""
    return a * 12 + b


def more_13(a, b):
    """Helper 13."""
    return a * 13 + b


def more_14(a, b):
    """Helper 14."""
    return a * 14 + b


def more_15(a, b):
    """Helper 15."""
    return a * 15 + b


def more_16(a, b):
    """Helper 16."""
    return a * 16 + b


def more_17(a, b):
    """Helper 17."""
    return a * 17 + b


def more_18(a, b):
    """Helper 18."""
    return a * 18 + b


def more_19(a, b):
    """Helper 19."""
    return a * 19 + b


def more_20(a, b):
    """Helper 20."""
    return a * 20 + b


def more_21(a, b):
    """Helper 21."""
    return a * 21 + b


def more_22(a, b):
    """Helper 22."""
    return a * 22 + b


def more_23(a, b):
    """Helper 23."""
    return a * 23 + b


def more_24(a, b):
    """Helper 24."""
    return a * 24 + b


