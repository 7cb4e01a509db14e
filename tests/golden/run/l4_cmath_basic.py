# cmath: every function on points around the branch cuts (12 digits), constants, errors.
import cmath, math
def show(v):
    if isinstance(v, complex):
        return '(%.12g, %.12g)' % (v.real, v.imag)
    if isinstance(v, tuple):
        return tuple(show(x) for x in v)
    return '%.12g' % v if isinstance(v, float) else repr(v)
vals = [1+2j, -1+2j, 1-2j, -1-2j, 0.5+0.5j, 2, -2, 0.5, -0.5, 3j, -3j, 1e-8+1e-8j, 10+10j, complex(0.0, 0.0), complex(-0.0, 0.0), complex(2, -0.0), complex(-2, -0.0), complex(-2, 0.0)]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar']:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try: out.append(show(f(v)))
        except (ValueError, OverflowError) as e: out.append(type(e).__name__ + ': ' + str(e))
    print(name, out)
print(show(cmath.rect(2, math.pi / 3)), show(cmath.log(8, 2)), show(cmath.log(1j, 10)), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, cmath.isfinite(1+1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj))
print(show(cmath.exp(cmath.inf)), show(cmath.exp(-cmath.inf)), show(cmath.sqrt(complex(-cmath.inf, 1))), show(cmath.sqrt(-1)), cmath.sqrt(4), cmath.exp(0))
for bad in [lambda: cmath.sqrt('x'), lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.atanh(1), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.cosh(1000)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
