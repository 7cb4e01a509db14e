pass if flag else None
