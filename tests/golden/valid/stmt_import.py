import os
import os.path
import os.path as osp
import sys, re as regex, json
import a.b.c.d
