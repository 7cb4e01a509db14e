# gamma and lgamma match CPython's Lanczos implementation bit for bit
import math
for x in [0.1, 0.5, 1.5, 2.5, 3.3, 7.7, 10.1, 20.5, 50.5, 99.9, 141.3, 170.5, -0.5, -1.5, -2.7, -10.3, -50.5, -150.2, -170.3, 1e-21, -1e-21, 25.0, 30.0, 171.7]:
    try: g = math.gamma(x)
    except Exception as e: g = type(e).__name__
    print(x, g, math.lgamma(x))
for x in [1e-300, 1e300, -0.1, 0.9, 2.0001, 1e10, -1e10 + 0.5]:
    print(x, math.lgamma(x))
