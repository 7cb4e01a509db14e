def f():
    try:
        pass
    except (TypeError, ValueError) as e1:
        pass
    except Exception as e2:
        raise RuntimeError from e2
    else:
        pass
    finally:
        done = True
