try:
    a()
except E:
    pass
else:
    pass
try:
    a()
except E:
    pass
finally:
    pass
try:
    a()
except (E, F) as e:
    pass
except G:
    pass
else:
    pass
finally:
    pass
try:
    try:
        a()
    finally:
        b()
except* E:
    pass
