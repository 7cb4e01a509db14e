# A circular from-import of a name not yet defined.
import imp_pkgs.circ_a
