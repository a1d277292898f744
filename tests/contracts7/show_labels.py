#!/usr/bin/env python3
"""Print every labelled line (CTR-001..009) with the line before it and
check that a sentence / item / table row can start on that line.

A start is possible when, after indentation and a numbering or bullet
prefix ("7.2", "(b)", "3-", "12.", "(iv)", "- ", "4)"), the line opens with
a letter or an opening quote and the previous line closes a unit (blank,
heading-like, or ending in . ; : or a table row), or when the line holds a
sentence boundary (". X", "; x", ": X") or is a table row ("a | b | c" or
column layout). Exit status 1 if any label fails.
"""
import csv
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
PREFIX = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?-?|\([a-z0-9ivx]+\)|[a-z]\.|-|\u2022|Article \(\d+\):|\d+\.)\s+", re.I)


def can_start(prev, line):
    body = PREFIX.sub("", line, count=1).lstrip()
    prev_s = prev.rstrip()
    closes = (not prev_s or prev_s.endswith((".", ";", ":")) or prev_s.upper() == prev_s
              or "|" in prev_s or "  " in prev_s.strip() or re.search(r"\w\)$", prev_s) is not None)
    if body[:1].isalpha() or body[:1] in "\"\u201c":
        if closes or PREFIX.match(line):
            return True
    if "|" in line or re.search(r"\S {2,}\S", line.strip()):
        return True
    return re.search(r"[.;:] +[\"\u201c]?[A-Za-z]", line) is not None


def main():
    bad = 0
    n = 0
    with open(os.path.join(here, "labels.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["line"]:
                continue
            n += 1
            path = os.path.join(here, "texts", row["contract"] + ".txt")
            lines = open(path, encoding="utf-8").read().split("\n")
            i = int(row["line"])
            prev = lines[i - 2] if i >= 2 else ""
            line = lines[i - 1]
            ok = can_start(prev, line)
            bad += not ok
            print("%s %s line %d %s" % (row["contract"], row["rule"], i, "ok" if ok else "CANNOT START"))
            print("   %4d| %s" % (i - 1, prev))
            print("   %4d| %s" % (i, line))
    print("%d labels, %d fail" % (n, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
