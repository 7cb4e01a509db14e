__all__ = ["alpha", "_beta"]
alpha = 1
_beta = 2
gamma = 3
