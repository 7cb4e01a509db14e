class_name = "config"

def load():
    try:
        {}["key"]
    except KeyError as e:
        raise RuntimeError("cannot load " + class_name) from e

load()
