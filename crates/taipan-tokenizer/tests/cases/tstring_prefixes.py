s = t'a{b}c' rb'x' Rb"y" f'''
{x
}'''
