try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    handle(eg)
except* (TypeError, KeyError):
    pass
except* OSError, RuntimeError:
    pass
else:
    pass
finally:
    pass
