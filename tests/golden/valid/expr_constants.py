None
True
False
...
Ellipsis
__debug__
