#!/usr/bin/env python3
"""Exact-sentence overlap of this batch with batch 1 (tests/contracts/texts).

Both sides are normalised the same way (line-end hyphenation undone,
typographic quotes folded, whitespace collapsed, case folded) and split
into sentences; every sentence of this batch of 12+ characters is looked up
exactly in the set of batch-1 sentences. Only matching sentences of THIS
batch are printed; batch-1 text is never displayed.
"""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
batch1 = os.path.join(here, "..", "contracts", "texts")


def norm(text):
    text = re.sub(r"([A-Za-z])-\n\s*([a-z])", r"\1\2", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"\s+", " ", text)
    return text.lower()


def sentences(text):
    parts = re.split(r"(?<=[.;!?])\s+|\s*\|\s*", norm(text))
    out = []
    for p in parts:
        p = re.sub(r"^(?:\(?[0-9a-z]{1,4}[.)\-]\)?\s+)+", "", p.strip())
        if len(p) >= 12:
            out.append(p)
    return out


def main():
    ref = set()
    for fn in os.listdir(batch1):
        if fn.endswith(".txt"):
            with open(os.path.join(batch1, fn), encoding="utf-8", errors="replace") as fh:
                ref.update(sentences(fh.read()))
    total = hits = 0
    for fn in sorted(os.listdir(os.path.join(here, "texts"))):
        with open(os.path.join(here, "texts", fn), encoding="utf-8") as fh:
            for s in sentences(fh.read()):
                total += 1
                if s in ref:
                    hits += 1
                    print("%s: %s" % (fn, s))
    print("%d sentences checked, %d identical to a batch-1 sentence" % (total, hits))
    return 0


if __name__ == "__main__":
    sys.exit(main())
