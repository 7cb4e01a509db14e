try:
    risky()
finally
    cleanup()
