class E(Exception): pass
def f(): ...
while False: pass
for _ in (): pass
with x: pass
try: pass
except: pass
if x: pass
elif y: pass
else: pass
