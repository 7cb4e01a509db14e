# A grade report: parsing CSV-like text, grouping, statistics, formatted table.
DATA = """name,subject,score
ana,math,91
ben,math,78
cai,math,85
ana,physics,88
ben,physics,93
cai,physics,70
ana,art,75
dee,art,99
dee,math,64"""


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def grade(score):
    for cut, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cut:
            return letter
    return "F"


header, *rows = [line.split(",") for line in DATA.splitlines()]
records = [dict(zip(header, r)) for r in rows]
for r in records:
    r["score"] = int(r["score"])
by_subject, by_name = {}, {}
for r in records:
    by_subject.setdefault(r["subject"], []).append(r["score"])
    by_name.setdefault(r["name"], {})[r["subject"]] = r["score"]
print(f"{'subject':<8} {'n':>2} {'mean':>6} {'median':>6} {'min':>4} {'max':>4}")
for subject, scores in sorted(by_subject.items()):
    print(f"{subject:<8} {len(scores):>2} {mean(scores):>6.2f} {median(scores):>6} {min(scores):>4} {max(scores):>4}")
subjects = sorted(by_subject)
print("name  " + "".join(f"{s:>9}" for s in subjects) + "   avg")
for name, marks in sorted(by_name.items(), key=lambda kv: -mean(list(kv[1].values()))):
    cells = "".join(f"{marks[s]:>6} {grade(marks[s])} " if s in marks else f"{'-':>9}" for s in subjects)
    print(f"{name:<6}{cells}{mean(list(marks.values())):>6.1f}")
best = max(records, key=lambda r: r["score"])
print("best:", best)
print("A grades:", [f"{r['name']}/{r['subject']}" for r in records if grade(r["score"]) == "A"])
