try:
    pass
except ValueError as errors[0]:
    pass
