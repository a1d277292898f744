#!/usr/bin/env python3
"""Exact-sentence duplication check of batch 13 against batch 1 (tests/contracts/texts).
Prints only batch-13 sentences that also occur in batch 1, and counts."""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "..", "contracts", "texts")


def sentences(text):
    text = re.sub(r"-\n(?=[a-z])", "", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"\s+", " ", text).lower()
    out = set()
    for part in re.split(r"[.;!?|]|\.{3,}", text):
        part = part.strip(" -()0123456789")
        if len(part) >= 12:
            out.add(part)
    return out


b1 = set()
files1 = sorted(glob.glob(os.path.join(B1, "*.txt")))
for f in files1:
    b1 |= sentences(open(f, encoding="utf-8").read())
total, same = 0, 0
for f in sorted(glob.glob(os.path.join(HERE, "texts", "*.txt"))):
    for s in sorted(sentences(open(f, encoding="utf-8").read())):
        total += 1
        if s in b1:
            same += 1
            print("%s: %s" % (os.path.basename(f), s))
print("batch-1 files read: %d; batch-13 distinct sentences (per file): %d; identical: %d" % (len(files1), total, same))
sys.exit(0)
