t = t"{lambda: 1}"
