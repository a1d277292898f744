#!/usr/bin/env python3
"""Wording check for batch 14 (Python 3 stdlib only).

Compares every sentence of texts/*.txt with the example sentences that the
author was allowed to read and told not to imitate:
  - /work/shared/domain/REFERENCE.md section 4 only (from the heading
    "## 4." up to the heading "## 5."): quoted example sentences;
  - ../contracts13/README.md up to (not including) "## Blind measurement":
    quoted wording.
It reads no text or script of any earlier batch.  Reports (a) identical
normalised sentences and (b) sentences sharing a run of 6 or more words
with an example.  Prints only batch-14 sentences and the example hit.
    python3 check_overlap.py [textdir]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = '/work/shared/domain/REFERENCE.md'
B13 = os.path.join(HERE, '..', 'contracts13', 'README.md')


def norm(s):
    s = s.replace('\u2019', "'").replace('-\n', '').lower()
    s = re.sub(r'\s+', ' ', s)
    return re.sub(r"[^a-z0-9$%' ]", ' ', s).split()


def read_until(path, start, stop):
    """Lines from the first line starting with `start` (None: the top) up to
    the first line starting with `stop`; reading stops there."""
    out, on = [], start is None
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith(stop):
                break
            if not on and line.startswith(start):
                on = True
            if on:
                out.append(line)
    return ''.join(out)


def examples():
    ex = []
    txt = read_until(REF, '## 4.', '## 5.')
    ex += [('REF4', q) for q in re.findall(r'"([^"]{12,})"', txt)]
    txt = read_until(B13, None, '## Blind measurement')
    ex += [('B13', q) for q in re.findall(r'"([^"]{12,})"', txt.replace('\n', ' '))]
    return ex


def sentences(path):
    with open(path, encoding='utf-8') as f:
        t = f.read()
    t = re.sub(r'-\n\s*', '', t)
    t = re.sub(r'\s+', ' ', t)
    return [s.strip() for s in re.split(r'(?<=[.;:!?])\s+', t) if len(s.strip()) > 20]


def main():
    tdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'texts')
    ex = [(src, q, norm(q)) for src, q in examples()]
    grams = {}
    for k, (src, q, w) in enumerate(ex):
        for i in range(len(w) - 5):
            grams.setdefault(tuple(w[i:i + 6]), set()).add(k)
    exact = near = n = 0
    seen = set()
    for fn in sorted(os.listdir(tdir)):
        for s in sentences(os.path.join(tdir, fn)):
            w = norm(s)
            key = ' '.join(w)
            if key in seen:
                continue
            seen.add(key)
            n += 1
            hit = set()
            for i in range(len(w) - 5):
                hit |= grams.get(tuple(w[i:i + 6]), set())
            if any(' '.join(ex[k][2]) == key for k in hit):
                exact += 1
            if hit:
                near += 1
                k = min(hit)
                print('%s: %s\n   ~ %s: %s' % (fn, s, ex[k][0], ex[k][1]))
    print('%d distinct sentences, %d examples; identical: %d; sharing 6+ words: %d' % (n, len(ex), exact, near))


if __name__ == '__main__':
    main()
