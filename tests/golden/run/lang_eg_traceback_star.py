# What except* re-raises, as a traceback.
try:
    raise ExceptionGroup("group", [ValueError("handled"), TypeError("not handled")])
except* ValueError:
    print("ValueError handled")
