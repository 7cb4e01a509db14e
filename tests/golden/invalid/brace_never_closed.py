config = {
    "name": "taipan",
    "debug": True,
