#!/usr/bin/env python3
"""Print each labelled line (CTR-001..CTR-009) of batch 10 with the line
before it, and check that a sentence, item, row or definition can start on
that line: the line (after list markers, numbering, indentation) starts with
a capital letter or an opening quote, or holds a sentence boundary
(". X" / "; x"), or the previous line ends a sentence or is empty / a
heading / a footer.  Exit status 1 if any label fails."""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEAD = re.compile(r"^\s*(?:\(?[0-9ivxA-Za-z]{1,4}[.)\-]|[0-9]+\.[0-9]+|[0-9]+\([a-z]\)|A[0-9]+\.|-|\d+\.)?\s*")


def can_start(prev, line):
    body = LEAD.sub("", line, count=1)
    if body[:1].isupper() or body[:1] in "\"\u201c":
        return True
    if re.search(r"[.;:] +[A-Za-z]", line):
        return True
    p = prev.rstrip()
    return p == "" or p.endswith((".", ";", ":")) or p.isupper()


def main():
    bad = 0
    n = 0
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["line"]:
                continue
            n += 1
            with open(os.path.join(HERE, "texts", row["contract"] + ".txt"), encoding="utf-8") as t:
                lines = t.read().split("\n")
            ln = int(row["line"])
            prev, line = (lines[ln - 2] if ln > 1 else ""), lines[ln - 1]
            ok = can_start(prev, line)
            bad += not ok
            print("%s %s line %d%s" % (row["contract"], row["rule"], ln, "" if ok else "   <-- CHECK"))
            print("   %s" % prev)
            print(" > %s" % line)
    print("%d labelled lines, %d fail the start check" % (n, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
