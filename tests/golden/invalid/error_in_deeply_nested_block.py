class Outer:
    class Inner:
        def method(self, items):
            for item in items:
                if item:
                    while True:
                        with ctx:
                            try:
                                x = item +
                            except Exception:
                                pass
