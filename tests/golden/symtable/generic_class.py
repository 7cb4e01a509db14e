class Box[T: (int, str), U: object = int](Base):
    def get(self) -> T:
        return self.value
