x = 1; y = 2; z = 3
import os; import sys
if x: a = 1; b = 2
def f(): return 1;
pass;
