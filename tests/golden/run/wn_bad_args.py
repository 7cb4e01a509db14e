# argument errors of warn, filterwarnings and simplefilter
import warnings


def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(warnings.warn, "x", int)
attempt(warnings.warn, "x", "notaclass")
attempt(warnings.warn, "x", Exception)
attempt(warnings.warn, "x", UserWarning, "two")
attempt(warnings.warn, "x", skip_file_prefixes=["a"])
attempt(warnings.filterwarnings, "sometimes")
attempt(warnings.filterwarnings, "ignore", message=1)
attempt(warnings.filterwarnings, "ignore", category=int)
attempt(warnings.filterwarnings, "ignore", category="UserWarning")
attempt(warnings.filterwarnings, "ignore", module=None)
attempt(warnings.filterwarnings, "ignore", lineno="3")
attempt(warnings.filterwarnings, "ignore", lineno=-1)
attempt(warnings.simplefilter, "never")
attempt(warnings.simplefilter, "ignore", lineno=1.5)
attempt(warnings.simplefilter, "ignore", lineno=-2)
attempt(warnings.catch_warnings, True)
print(len(warnings.filters))
