# Each class has its own annotations; __annotations__ can be assigned
# and deleted; a metaclass sees __annotate_func__ in the namespace.
import annotationlib


class Meta(type):
    def __new__(mcls, name, bases, ns):
        annotate = annotationlib.get_annotate_from_class_namespace(ns)
        print(name, "annotate in namespace:", annotate is not None)
        if annotate is not None:
            print("  computed:", annotate(1))
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta):
    x: int


class B(A):
    y: str


class C(B):
    pass


print(A.__annotations__, B.__annotations__, C.__annotations__)
B.__annotations__ = {"z": float}
print(B.__annotations__)
print(A.__annotations__)
