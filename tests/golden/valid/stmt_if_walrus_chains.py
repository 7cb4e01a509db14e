if (m := re.match(p, s)) and (g := m.group(1)):
    pass
elif (m := other()) is None:
    pass
