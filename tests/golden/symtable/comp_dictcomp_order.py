d = {key: value for key, value in pairs}
