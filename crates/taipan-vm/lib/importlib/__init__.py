"""Placeholder that makes lib/importlib/ a package of the embedded library.

The `importlib` module itself is native (modules/import.rs) and wins over
this file; only the submodules here (importlib.util) are used.
"""
