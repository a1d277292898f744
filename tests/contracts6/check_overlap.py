#!/usr/bin/env python3
"""Exact-sentence overlap of batch 6 with tests/contracts/texts (batch 1),
checked automatically without displaying batch 1: every sentence of 12+
characters of a K-* text (line-end hyphenation undone, typographic quotes
folded, whitespace collapsed, case folded) is looked up in the set of batch-1
sentences normalised the same way; only batch-6 sentences that match are
printed."""
import glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, '..', 'contracts', 'texts')


def norm(text):
    text = re.sub(r'(\w)-\n\s*(\w)', r'\1\2', text)
    text = text.replace('\u2019', "'").replace('\u201c', '"').replace('\u201d', '"')
    text = re.sub(r'\s+', ' ', text).lower()
    return [s.strip() for s in re.split(r'(?<=[.;:!?])\s+', text) if len(s.strip()) >= 12]


ref = set()
for p in glob.glob(os.path.join(B1, '*.txt')):
    ref.update(norm(open(p, encoding='utf-8').read()))
n = hits = 0
for p in sorted(glob.glob(os.path.join(HERE, 'texts', '*.txt'))):
    for s in norm(open(p, encoding='utf-8').read()):
        n += 1
        if s in ref:
            hits += 1
            print(os.path.basename(p), s)
print('%d sentences of batch 6 checked against %d batch-1 files: %d identical'
      % (n, len(glob.glob(os.path.join(B1, '*.txt'))), hits))
