#!/usr/bin/env python3
"""show_labels.py — prints every labelled line (and the line before it) of
tests/contracts2 so the labels can be checked by eye. Read-only."""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
for row in csv.DictReader(open(os.path.join(HERE, "labels.csv"), encoding="utf-8")):
    if not row["line"]:
        print("%s %s (per contract)" % (row["contract"], row["rule"]))
        continue
    lines = open(os.path.join(HERE, "texts", row["contract"] + ".txt"), encoding="utf-8").read().split("\n")
    n = int(row["line"])
    print("%s %s line %d" % (row["contract"], row["rule"], n))
    print("    prev| " + (lines[n - 2] if n >= 2 else ""))
    print("    >>>>| " + lines[n - 1])
