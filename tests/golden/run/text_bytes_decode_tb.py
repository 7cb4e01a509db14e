# Uncaught UnicodeDecodeError with an error range (traceback and message).
data = b"ok \xe2\x82 then"
print(data.decode("utf-8", "replace"))
text = data.decode()
