#!/usr/bin/env python3
"""Print every labelled line of batch 11 with the line before it, and check
that a sentence (or item / row / answer) can start on the labelled line.

Usage: python3 show_labels.py [folder]   (default: this folder)
"""
import csv
import os
import re
import sys

# a sentence may start after line-start furniture (indent, numbering, bullets,
# "A.", "Answer:", "J3:", table pipes and cells) or after ". ", "; ", ": "
START = re.compile(
    r"(^[ \t]*(\|[^|]*\|[^|]*\|[ ]*|\|[ ]*|\d+(\.\d+)*[.)]?[ ]+|\(\w+\)[ ]+|[-*][ ]+|[A-Z]\.[ ]+|"
    r"(Q\d*|A|Answer|Question \d+|J\d+|T\d+)[.:][ ]+|§ \d+[ ]+)*[A-Z\u201c\"])|([.;:][ ]+[A-Z])")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    bad = n = 0
    with open(os.path.join(folder, "labels.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["line"]:
                continue
            n += 1
            path = os.path.join(folder, "texts", row["contract"] + ".txt")
            with open(path, encoding="utf-8") as g:
                lines = g.read().split("\n")
            k = int(row["line"])
            prev = lines[k - 2] if k >= 2 else ""
            cur = lines[k - 1]
            ok = bool(START.search(cur))
            bad += 0 if ok else 1
            print("%s %s %s line %d%s" % (row["contract"], row["language"], row["rule"], k, "" if ok else "  <-- CHECK"))
            print("   | " + prev)
            print("   > " + cur)
    print("%d labelled lines, %d flagged" % (n, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
