# the types module names the interpreter's built-in types
import types, sys
def f(): pass
def g(): yield 1
async def c(): pass
class K:
    def m(self): pass
checks = [
    ("FunctionType", f), ("LambdaType", lambda: 0), ("CodeType", f.__code__),
    ("GeneratorType", g()), ("MethodType", K().m), ("BuiltinFunctionType", len),
    ("BuiltinMethodType", [].append), ("ModuleType", sys), ("NoneType", None),
    ("EllipsisType", ...), ("NotImplementedType", NotImplemented),
]
for name, obj in checks:
    t = getattr(types, name)
    print(name, t.__name__, isinstance(obj, t), type(obj) is t)
co = c()
print(isinstance(co, types.CoroutineType), types.CoroutineType.__name__)
co.close()
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
print(isinstance(K, types.FunctionType), isinstance(len, types.FunctionType))
print(types.NoneType(), repr(types.EllipsisType), Ellipsis, ... is Ellipsis)
