t'{x}' rt'{y}' TR'{z}' tr'''{w}
'''
