try:
    risky()
except
    pass
