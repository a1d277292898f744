#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Exact-sentence overlap check of this batch against tests/contracts/texts
(batch 1) WITHOUT displaying batch 1: every sentence of this batch (line-end
hyphenation undone, whitespace collapsed, case folded, 12+ characters) is
searched as a substring of the normalised batch-1 text.  Only this batch's
matching sentences and counts are printed.
Usage: python3 check_overlap.py [this_dir] [batch1_texts_dir]
"""
import glob
import os
import re
import sys

here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
b1 = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, '..', 'contracts', 'texts')


def norm(t):
    t = re.sub(r'(\w)-\n\s*(\w)', r'\1\2', t)
    t = t.replace('’', "'").replace('“', '"').replace('”', '"')
    return re.sub(r'\s+', ' ', t).strip().lower()


corpus = " ".join(norm(open(f, encoding='utf-8', errors='replace').read())
                  for f in sorted(glob.glob(os.path.join(b1, '*.txt'))))
nfiles = len(glob.glob(os.path.join(b1, '*.txt')))
total = 0
hits = {}
for f in sorted(glob.glob(os.path.join(here, 'texts', '*.txt'))):
    raw = open(f, encoding='utf-8').read()
    # two-column lines: take each column separately
    if ' | ' in raw:
        cols = [[], []]
        for l in raw.split('\n'):
            a, _, b = l.partition(' | ')
            cols[0].append(a)
            cols[1].append(b)
        raw = "\n".join(cols[0]) + "\n\n" + "\n".join(cols[1])
    t = norm(raw)
    for s in re.split(r'(?<=[.;:?])\s+', t):
        if len(s) < 12:
            continue
        total += 1
        if s in corpus:
            hits.setdefault(s, []).append(os.path.basename(f))
print("batch-1 files: %d; sentences checked: %d; sentences found in batch 1: %d (distinct %d)"
      % (nfiles, total, sum(len(v) for v in hits.values()), len(hits)))
for s, fs in sorted(hits.items()):
    print("  %r in %s" % (s, ", ".join(sorted(set(fs)))))
