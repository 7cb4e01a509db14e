# a filter change empties the registries, so "default" shows a warning again
import warnings


def tick():
    warnings.warn("tick")


tick()
tick()
warnings.simplefilter("default", RuntimeWarning)
tick()
tick()
with warnings.catch_warnings():
    pass
tick()
warnings._filters_mutated()
tick()
print(sorted(k for k in __warningregistry__ if isinstance(k, str)))
