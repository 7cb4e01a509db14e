# the re module's FutureWarnings point at the caller
import re
import warnings

re.compile("[[a]")
re.compile("[a~~b]")
re.compile("[a&&b]")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    re.compile("[a||b]")
print([(str(w.message), w.category.__name__, w.lineno) for w in log])
with warnings.catch_warnings(action="error"):
    try:
        re.compile("[[x]")
    except FutureWarning as e:
        print("FutureWarning:", e)
