# A module may replace its own sys.modules entry; import returns the replacement.
import imp_pkgs.replaces as r
print(r, r.answer)
from imp_pkgs.replaces import answer
print(answer)
