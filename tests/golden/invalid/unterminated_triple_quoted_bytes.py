data = b"""binary
