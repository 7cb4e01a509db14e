# A module whose code failed runs again on the next import.
for attempt in range(2):
    try:
        import imp_pkgs.raises
    except ZeroDivisionError as e:
        print("attempt", attempt, "failed:", e)
