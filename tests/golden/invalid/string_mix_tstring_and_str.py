t = t"abc {x}" "def"
