class _Hidden:
    __x = 1
class __:
    __y = 2
class ___Triple:
    __z = 3
