#!/usr/bin/env python3
"""Look up every sentence of batch 9 exactly in batch 1 (tests/contracts/texts).
Only batch-9 sentences are printed; batch-1 text is never displayed.
Normalisation: line-end hyphenation undone, typographic quotes folded,
whitespace collapsed, case folded; split at . ; ! ? and table |;
fragments under 12 characters ignored.
Usage: python3 check_overlap.py [batch9_folder] [batch1_texts]"""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
mine = sys.argv[1] if len(sys.argv) > 1 else here
ref = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "contracts", "texts")


def sentences(text):
    text = re.sub(r"([a-z])-\n\s*([a-z])", r"\1\2", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"\s+", " ", text).casefold()
    out = set()
    for frag in re.split(r"[.;!?|]", text):
        frag = frag.strip(" \"'")
        if len(frag) >= 12:
            out.add(frag)
    return out


def load(folder):
    res = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            res[name] = sentences(open(os.path.join(folder, name), encoding="utf-8").read())
    return res


theirs = set()
for s in load(ref).values():
    theirs |= s
total = hits = 0
for name, sents in load(os.path.join(mine, "texts")).items():
    for s in sorted(sents):
        total += 1
        if s in theirs:
            hits += 1
            print("%s: %s" % (name, s))
print("%d batch-9 sentences, %d identical in batch 1" % (total, hits))
sys.exit(1 if hits else 0)
