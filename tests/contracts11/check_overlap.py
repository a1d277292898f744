#!/usr/bin/env python3
"""Exact-sentence duplication check of batch 11 against batch 1.

Splits every text of this batch into sentences (line-end hyphenation undone,
typographic quotes folded, whitespace collapsed, case folded; split at
". ; ! ?" and table "|"; fragments under 12 characters ignored) and looks
each up, exactly, in the same normalisation of tests/contracts/texts
(batch 1). Prints only sentences of THIS batch that match; nothing of
batch 1 is printed.

Usage: python3 check_overlap.py [batch11_folder] [batch1_texts_folder]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def sentences(text):
    text = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", text)
    text = (text.replace("\u2019", "'").replace("\u2018", "'")
            .replace("\u201c", '"').replace("\u201d", '"'))
    text = re.sub(r"\s+", " ", text).lower()
    out = []
    for part in re.split(r"[.;!?|]", text):
        s = part.strip(" \"'()-*")
        if len(s) >= 12:
            out.append(s)
    return out


def main():
    mine = sys.argv[1] if len(sys.argv) > 1 else HERE
    base = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "contracts", "texts")
    theirs = set()
    for f in sorted(os.listdir(base)):
        if f.endswith(".txt"):
            with open(os.path.join(base, f), encoding="utf-8", errors="replace") as g:
                theirs.update(sentences(g.read()))
    total = hits = 0
    seen = set()
    tdir = os.path.join(mine, "texts")
    for f in sorted(os.listdir(tdir)):
        with open(os.path.join(tdir, f), encoding="utf-8") as g:
            per_file = set(sentences(g.read()))
        total += len(per_file)
        for s in sorted(per_file):
            if s in theirs:
                hits += 1
                if s not in seen:
                    seen.add(s)
                    print("MATCH %s: %s" % (f, s))
    print("%d distinct sentences (per file), %d identical to batch 1 (%d distinct)" % (total, hits, len(seen)))
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
