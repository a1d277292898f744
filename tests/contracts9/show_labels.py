#!/usr/bin/env python3
"""Print every labelled line of batch 9 with the line before it, and check
that a sentence (or item / row / definition) can start on that line.
Usage: python3 show_labels.py [folder]   (exit 1 if any check fails)"""
import csv
import os
import re
import sys

here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
PREFIX = re.compile(r"^\s*(\d+\.\d+|\d+\(\w\)|\(\w+\)|\d+[.)-]|[a-z]\.|-|[A-Za-z ]+:\s{2,})\s*")
START = re.compile(r"^[\"“(A-Z]")


def can_start(prev, line):
    if "|" in line:
        return True, "table row"
    body = PREFIX.sub("", line, count=1) if PREFIX.match(line) else line.strip()
    if PREFIX.match(line) and START.match(body):
        return True, "item/paragraph start"
    p = prev.rstrip()
    if START.match(line.strip()) and (not p or p[-1] in ".:;" or p.isupper()):
        return True, "line start"
    if re.search(r"[.;:]\s+[\"“A-Z]", line):
        return True, "mid-line"
    if re.search(r";\s+[a-z]", line):
        return True, "after '; '"
    return False, "?"


bad = 0
n = 0
with open(os.path.join(here, "labels.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if not row["line"]:
            continue
        n += 1
        path = os.path.join(here, "texts", row["contract"] + ".txt")
        lines = open(path, encoding="utf-8").read().split("\n")
        i = int(row["line"])
        prev = lines[i - 2] if i >= 2 else ""
        ok, why = can_start(prev, lines[i - 1])
        bad += not ok
        print("%s %s line %d [%s]" % (row["contract"], row["rule"], i, "ok: " + why if ok else "FAIL"))
        print("   %4d| %s" % (i - 1, prev))
        print("   %4d| %s" % (i, lines[i - 1]))
print("%d labelled lines, %d fail" % (n, bad))
sys.exit(1 if bad else 0)
