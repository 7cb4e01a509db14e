try:
    pass
except* ValueError as self.error:
    pass
