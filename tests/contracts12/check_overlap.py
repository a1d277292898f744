# -*- coding: utf-8 -*-
"""Exact-sentence duplication check of batch 12 against batch 1.

Both sides are normalised the same way: line-end hyphenation undone,
typographic quotes folded, whitespace collapsed, case folded, split into
sentences at . ; ! ? and at table / row separators (|, dotted leaders),
fragments under 12 characters ignored.  Only sentences of THIS batch are
printed (those found in batch 1); nothing of batch 1 is displayed.
Also reports sentences of 25+ characters that occur twice in one batch-12
contract.

Usage: python3 check_overlap.py [batch12_folder] [batch1_texts_folder]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def norm_text(t):
    t = re.sub(r'(?<=[A-Za-z])-\n\s*(?=[a-z])', '', t)
    t = (t.replace('\u2019', "'").replace('\u2018', "'")
         .replace('\u201c', '"').replace('\u201d', '"'))
    return t


def sentences(t):
    t = norm_text(t)
    t = re.sub(r'\.{3,}', '|', t)
    out = []
    for part in re.split(r'[.;!?|]\s|[|]|\n\s*\n', t):
        s = re.sub(r'\s+', ' ', part).strip().lower()
        if len(s) >= 12:
            out.append(s)
    return out


def main(b12, b1):
    ref = set()
    for fn in sorted(os.listdir(b1)):
        if fn.endswith('.txt'):
            with open(os.path.join(b1, fn), encoding='utf-8', errors='replace') as f:
                ref.update(sentences(f.read()))
    tdir = os.path.join(b12, 'texts')
    total = hits = dup = 0
    for fn in sorted(os.listdir(tdir)):
        with open(os.path.join(tdir, fn), encoding='utf-8') as f:
            ss = sentences(f.read())
        seen = set()
        for s in ss:
            if s in seen:
                if len(s) >= 25:
                    dup += 1
                    print('DUPLICATE within %s: %s' % (fn, s))
                continue
            seen.add(s)
            total += 1
            if s in ref:
                hits += 1
                print('IN BATCH 1 %s: %s' % (fn, s))
    print('%d distinct sentences (per file) checked against %d batch-1 sentences: '
          '%d identical; %d repeated within a contract' % (total, len(ref), hits, dup))


if __name__ == '__main__':
    b12 = sys.argv[1] if len(sys.argv) > 1 else HERE
    b1 = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, '..', 'contracts', 'texts')
    main(b12, b1)
