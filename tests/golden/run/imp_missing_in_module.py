# A module importing a missing module: the traceback shows both files.
import imp_pkgs.imports_missing
