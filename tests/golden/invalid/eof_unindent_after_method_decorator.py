class A:
    @property
