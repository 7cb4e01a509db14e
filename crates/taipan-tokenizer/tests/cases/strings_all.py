a = 'x' "y" '''z''' """w""" r'\'' b'\x00' u'u' BR'x' rB'y'
b = '\
'
