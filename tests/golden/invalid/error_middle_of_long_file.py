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


def broken(a, b):
    total = a +* b
    return total


def other_0(a, b):
    """Helper 0."""
    return a * 0 + b


def other_1(a, b):
    """Helper 1."""
    return a * 1 + b


def other_2(a, b):
    """Helper 2."""
    return a * 2 + b


def other_3(a, b):
    """Helper 3."""
    return a * 3 + b


def other_4(a, b):
    """Helper 4."""
    return a * 4 + b


def other_5(a, b):
    """Helper 5."""
    return a * 5 + b


def other_6(a, b):
    """Helper 6."""
    return a * 6 + b


def other_7(a, b):
    """Helper 7."""
    return a * 7 + b


def other_8(a, b):
    """Helper 8."""
    return a * 8 + b


def other_9(a, b):
    """Helper 9."""
    return a * 9 + b


def other_10(a, b):
    """Helper 10."""
    return a * 10 + b


def other_11(a, b):
    """Helper 11."""
    return a * 11 + b


def other_12(a, b):
    """Helper 12."""
    return a * 12 + b


def other_13(a, b):
    """Helper 13."""
    return a * 13 + b


def other_14(a, b):
    """Helper 14."""
    return a * 14 + b


def other_15(a, b):
    """Helper 15."""
    return a * 15 + b


def other_16(a, b):
    """Helper 16."""
    return a * 16 + b


def other_17(a, b):
    """Helper 17."""
    return a * 17 + b


def other_18(a, b):
    """Helper 18."""
    return a * 18 + b


def other_19(a, b):
    """Helper 19."""
    return a * 19 + b


def other_20(a, b):
    """Helper 20."""
    return a * 20 + b


def other_21(a, b):
    """Helper 21."""
    return a * 21 + b


def other_22(a, b):
    """Helper 22."""
    return a * 22 + b


def other_23(a, b):
    """Helper 23."""
    return a * 23 + b


def other_24(a, b):
    """Helper 24."""
    return a * 24 + b


