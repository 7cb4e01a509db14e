print("imports_missing: before")
import no_such_module_here
