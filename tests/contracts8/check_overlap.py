#!/usr/bin/env python3
"""Look up every sentence of batch 8 exactly in batch 1 (tests/contracts/texts)
without displaying batch-1 text: only matching batch-8 sentences are printed.

Normalisation (both sides): line-end hyphenation undone, typographic quotes
folded, whitespace collapsed, case folded; split at . ; ! ? and table "|";
sentences shorter than 12 characters are ignored.
"""
import glob, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
batch1 = os.path.join(here, '..', 'contracts', 'texts')


def norm(text):
    text = re.sub(r'([a-z])-\n\s*([a-z])', r'\1\2', text)
    text = (text.replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', "'")
            .replace('\u2018', "'"))
    text = re.sub(r'\s+', ' ', text).lower()
    parts = re.split(r'[.;!?|]', text)
    return [p.strip(' "\'()-') for p in parts if len(p.strip(' "\'()-')) >= 12]


ref = set()
for p in glob.glob(os.path.join(batch1, '*.txt')):
    with open(p, encoding='utf-8', errors='replace') as f:
        ref.update(norm(f.read()))
total = hits = 0
for p in sorted(glob.glob(os.path.join(here, 'texts', '*.txt'))):
    with open(p, encoding='utf-8') as f:
        for s in norm(f.read()):
            total += 1
            if s in ref:
                hits += 1
                print('%s: %s' % (os.path.basename(p), s))
print('%d sentences of batch 8 checked against %d batch-1 sentences: %d identical' % (total, len(ref), hits))
