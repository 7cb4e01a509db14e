# annotationlib: formats, ForwardRef and get_annotations.
import annotationlib
from annotationlib import Format, ForwardRef, get_annotations


def f(a: int, b: Undefined, c: list[int]) -> Undefined | None:
    pass


print(list(Format), Format.VALUE == 1, Format.STRING.value)
try:
    get_annotations(f)
except NameError as e:
    print("NameError:", e)
fr = get_annotations(f, format=Format.FORWARDREF)
print({k: getattr(v, "__forward_arg__", v) for k, v in fr.items()})
print(fr["b"].__owner__ is f, fr["b"].__forward_is_class__)
print(fr["b"] == ForwardRef("Undefined"), fr["b"].__forward_arg__)
print(get_annotations(f, format=Format.STRING))


class C:
    x: int
    y: "str"
    z: Missing


print(get_annotations(C, format=Format.STRING))
fr = get_annotations(C, format=Format.FORWARDREF)
print({k: getattr(v, "__forward_arg__", v) for k, v in fr.items()})
print(repr(fr["z"]).replace(repr(C), "C"))
Missing = bytes
print(get_annotations(C))
print(get_annotations(C, format=Format.VALUE) is not C.__annotations__)
print(get_annotations(C, eval_str=True))
print(ForwardRef("Missing").evaluate(globals=globals()))
print(annotationlib.call_annotate_function(C.__annotate__, Format.VALUE))
try:
    annotationlib.call_annotate_function(C.__annotate__, Format.VALUE_WITH_FAKE_GLOBALS)
except ValueError as e:
    print("ValueError:", e)
try:
    get_annotations(5)
except TypeError as e:
    print("TypeError:", e)
