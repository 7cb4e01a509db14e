# contextvars: ContextVar get/set/reset, defaults, tokens, copy_context
# and Context.run isolation, Context as a mapping.
import contextvars

var = contextvars.ContextVar('var', default=10)
other = contextvars.ContextVar('other')
print(var.name, var.get(), other.get('fallback'))
try:
    other.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__)

token = var.set(20)
print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING))
token2 = var.set(30)
print(var.get(), token2.old_value)
var.reset(token2)
print(var.get())
var.reset(token)
print(var.get())
try:
    var.reset(token)
except RuntimeError as e:
    print('RuntimeError', 'has already been used once' in str(e))
t = other.set(1)
try:
    var.reset(t)
except ValueError as e:
    print('ValueError', 'different ContextVar' in str(e))


def in_context(n):
    var.set(n)
    other.set(n * 2)
    return var.get(), other.get()


ctx = contextvars.copy_context()
print(ctx.run(in_context, 5))
print(var.get(), other.get())
print(ctx[var], ctx.get(other), var in ctx, len(ctx) >= 2)
print(sorted(v.name for v in ctx), sorted(ctx.values()))
try:
    ctx[42]
except TypeError as e:
    print(e)


def reenter():
    ctx.run(print, 'nested')


try:
    ctx.run(reenter)
except RuntimeError as e:
    print('RuntimeError', 'is already entered' in str(e))

empty = contextvars.Context()
print(len(empty), empty.run(lambda: var.get()))
with var.set(99):
    print('inside with', var.get())
print('after with', var.get())
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print(e)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print(e)
print(contextvars.ContextVar[int])
