# every filter action
import warnings


def emit(text, category=UserWarning):
    warnings.warn(text, category)


for action in ["always", "all", "default", "once", "module", "ignore"]:
    warnings.resetwarnings()
    warnings.simplefilter(action)
    print("--", action)
    for i in range(2):
        emit(action + " A")
        emit(action + " B")
    warnings.warn(action + " A")
    warnings.warn(action + " A")

warnings.resetwarnings()
warnings.simplefilter("error")
try:
    emit("boom")
except UserWarning as e:
    print("raised", type(e).__name__, e, e.args)
warnings.simplefilter("ignore", RuntimeWarning)
emit("ignored runtime", RuntimeWarning)
try:
    emit("still an error")
except UserWarning as e:
    print("raised", e)
print(warnings.filters)
