#!/usr/bin/env python3
"""Look up every sentence of batch 10 exactly in batch 1 (tests/contracts/texts).

Both sides are normalised the same way: line-end hyphenation undone,
typographic quotes folded, whitespace collapsed, case folded; split at
". ; ! ?" and table "|"; fragments under 12 characters ignored.  Only
batch-10 sentences that match are printed; batch-1 text is never shown."""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "..", "contracts", "texts")


def sentences(text):
    text = re.sub(r"([A-Za-z])-\n\s*([a-z])", r"\1\2", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"\s+", " ", text).lower()
    out = set()
    for s in re.split(r"[.;!?|]", text):
        s = s.strip(" -")
        if len(s) >= 12:
            out.add(s)
    return out


def main():
    ref = set()
    for p in glob.glob(os.path.join(B1, "*.txt")):
        with open(p, encoding="utf-8") as f:
            ref |= sentences(f.read())
    total = hits = 0
    for p in sorted(glob.glob(os.path.join(HERE, "texts", "*.txt"))):
        with open(p, encoding="utf-8") as f:
            mine = sentences(f.read())
        for s in sorted(mine):
            total += 1
            if s in ref:
                hits += 1
                print("%s: %s" % (os.path.basename(p), s))
    print("%d sentences checked, %d identical in batch 1" % (total, hits))
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
