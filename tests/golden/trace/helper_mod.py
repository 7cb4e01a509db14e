VALUE = 6 * 7
