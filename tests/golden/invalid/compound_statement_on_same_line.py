if a: for x in y: pass
