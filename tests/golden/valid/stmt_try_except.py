try:
    risky()
except:
    pass
try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    handle(e)
except Exception as e:
    raise
else:
    ok()
finally:
    cleanup()
try:
    pass
finally:
    pass
