s = "\\ \' \" \a \b \f \n \r \t \v"
s = "\0 \7 \77 \101 \377"
s = "\x41\x7a\xff"
s = "\u0041\u00e9\u4e2d"
s = "\U0001F600\U00000041"
s = "\N{LATIN SMALL LETTER E WITH ACUTE}\N{SNAKE}\N{EM DASH}"
s = "\N{LATIN CAPITAL LETTER A}"
b = b"\\ \' \" \a \b \f \n \r \t \v \0 \x00 \xff \377"
s = "line one\
line two"
s = 'it\'s'
s = "say \"hi\""
