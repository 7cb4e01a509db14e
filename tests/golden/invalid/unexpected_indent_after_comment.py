# a comment
  import os
