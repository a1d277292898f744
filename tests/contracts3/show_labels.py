#!/usr/bin/env python3
"""show_labels.py -- prints every labelled line of tests/contracts3 (and the
line before it) so the labels can be checked by eye, and checks that each
labelled sentence starts on its line: at a clause number or bullet, after a
blank line or a line ending in '.' or ';', or after '. ' / '; ' on the same
line.  Read-only.  --quiet prints only problems and a summary."""
import csv, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
quiet = "--quiet" in sys.argv
NUM = re.compile(r"^\s*(\d+(\.\d+)*[.)]?|\(\w+\)|[ivx]+\.|Article \d+\.|Clause \d+:|Section \d+ \u2014|Pasal \d+|- )", re.I)
bad = 0; n = 0
for row in csv.DictReader(open(os.path.join(HERE, "labels.csv"), encoding="utf-8")):
    if not row["line"]:
        if not quiet: print("%s %s (per contract)" % (row["contract"], row["rule"]))
        continue
    lines = open(os.path.join(HERE, "texts", row["contract"] + ".txt"), encoding="utf-8").read().split("\n")
    k = int(row["line"]); n += 1
    cur, prev = lines[k - 1], (lines[k - 2] if k >= 2 else "")
    ok = (not prev.strip()) or prev.rstrip().endswith((".", ";")) or NUM.match(cur) or re.search(r"[.;] \S", cur)
    if not ok: bad += 1
    if not quiet or not ok:
        print("%s %s line %d%s" % (row["contract"], row["rule"], k, "" if ok else "   <-- CHECK"))
        print("    prev| " + prev)
        print("    >>>>| " + cur)
print("%d labelled lines, %d to check" % (n, bad))
