"""Safe HTML rendering with template strings (PEP 750)."""

from html import escape
from string.templatelib import Interpolation, Template


def html(template: Template) -> str:
    parts = []
    for item in template:
        match item:
            case str() as text:
                parts.append(text)
            case Interpolation(value, expression, conversion, format_spec):
                if conversion == "r":
                    value = repr(value)
                parts.append(escape(format(value, format_spec)))
    return "".join(parts)


def row(name: str, score: float) -> Template:
    return t"<tr><td>{name}</td><td>{score:.1f}</td></tr>"


user = "<script>alert('x')</script>"
greeting = t"<p>Hello, {user}!</p>"
table = [html(row(n, s)) for n, s in [("Ann", 9.5), ("Bob & Co", 7.25)]]
print(html(greeting))
print(*table, sep="\n")
print(html(t"{user!r:>5}"))
