import csv
import io

text = 'name,age,note\r\nann,31,"likes, commas"\r\nbob,27,"say ""hi"""\r\n"multi\nline",5,\r\n\r\nlast,1,x'
rows = list(csv.reader(io.StringIO(text, newline="")))
print(rows)
r = csv.reader(["a,b", "c,d"])
print(next(r), r.line_num, list(r), r.line_num)
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(['x\\,y,z'], escapechar="\\")))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['"a"b,c'])), list(csv.reader(['a"b,c'])))
print(list(csv.reader(['a,,"",b'], quoting=csv.QUOTE_NOTNULL)), list(csv.reader(['"a",,"",1'], quoting=csv.QUOTE_STRINGS)))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")), list(csv.reader(['"unterminated'])))
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", "b,c", 'd"e', 1, 2.5, None, True, "line\nbreak", ""]))
w.writerows([[1, 2], [], [""], [None], ["x y"]])
print(repr(out.getvalue()))
for quoting in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    o = io.StringIO()
    csv.writer(o, quoting=quoting, lineterminator="\n").writerow(["s", 1, 2.0, None, ""])
    print(quoting, repr(o.getvalue()))
o = io.StringIO()
csv.writer(o, quoting=csv.QUOTE_NONE, escapechar="\\", delimiter="|").writerow(["a|b", "c\"d", "e\\f"])
csv.writer(o, doublequote=False, escapechar="\\").writerow(['q"q'])
print(repr(o.getvalue()))
f = io.StringIO("id,name\n1,ann\n2,bob,extra\n3\n\n4,dee\n")
dr = csv.DictReader(f, restkey="more", restval="?")
print(dr.fieldnames, [row for row in dr], dr.line_num)
o = io.StringIO()
dw = csv.DictWriter(o, fieldnames=["id", "name"], restval="-", lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "name": "ann"})
dw.writerows([{"id": 2}, {"name": "x, y", "id": 3}])
print(repr(o.getvalue()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), list(csv.reader(['"a"|"b"'], dialect="pipes")), csv.get_dialect("pipes").delimiter)
csv.unregister_dialect("pipes")


class Semi(csv.excel):
    delimiter = ";"


print(list(csv.reader(["1;2"], Semi)), csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
for bad in [lambda: list(csv.reader(['a"b'], strict=True, quotechar="'" )) and list(csv.reader(['"a"b'], strict=True)),
            lambda: list(csv.reader(['"a'], strict=True)), lambda: list(csv.reader(["a\rb"])),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]), lambda: csv.writer(io.StringIO()).writerow(5),
            lambda: csv.get_dialect("nope"), lambda: csv.reader([], delimiter="ab"), lambda: csv.reader([], delimiter=None),
            lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2}), lambda: list(csv.reader([b"a,b"]))]:
    try:
        print(bad())
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
