# int() and float() accept any Unicode decimal digits
print(int("٣"), int("١٢٣"), int("໒໓"), float("١٢"), float("٣.٥"), int("１２"), float("１.５"))
print(int("٣", 16), complex("١+٢j"))
