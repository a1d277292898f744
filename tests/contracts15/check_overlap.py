#!/usr/bin/env python3
"""Wording check for batch 15 (Python 3 stdlib only).

python3 check_overlap.py [folder]   (default: the folder of this script)

Splits every text of the batch into sentences (line-end hyphens undone,
typographic apostrophes and quotes folded, case folded, punctuation
dropped) and compares them with
  - the quoted example sentences of REFERENCE section 4 (read line by line
    from the "## 4." heading, stopping at the "## 5." heading), and
  - the quoted wording of the batch 14 README (read line by line, stopping
    at the "## Blind measurement" heading; nothing after it is read).
Reports identical sentences and sentences sharing a run of 6 or more words
with an example. Reads no earlier batch's texts or scripts.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = '/work/shared/domain/REFERENCE.md'
README14 = os.path.join(HERE, '..', 'contracts14', 'README.md')
N = 6


def norm_words(s):
    s = s.replace('\u2019', "'").replace('\u201c', '"').replace('\u201d', '"')
    s = s.lower()
    s = re.sub(r"[^a-z0-9' ]+", ' ', s)
    return [w.strip("'") for w in s.split() if w.strip("'")]


def quoted(text):
    out = re.findall(r'"([^"\n]{12,})"', text)
    out += re.findall(r'`([^`\n]{12,})`', text)
    return out


def read_reference():
    lines, on = [], False
    with open(REF, encoding='utf-8') as fh:
        for ln in fh:
            if ln.startswith('## 4.'):
                on = True
            elif ln.startswith('## 5.'):
                break
            if on:
                lines.append(ln)
    return quoted(''.join(lines))


def read_readme14():
    lines = []
    with open(README14, encoding='utf-8') as fh:
        for ln in fh:
            if ln.startswith('## Blind measurement'):
                break
            lines.append(ln)
    return quoted(''.join(lines).replace('\n', ' '))


def sentences(path):
    with open(path, encoding='utf-8') as fh:
        t = fh.read()
    t = re.sub(r'([a-z])-\n\s*([a-z])', r'\1\2', t)
    t = re.sub(r'\s+', ' ', t)
    parts = re.split(r'(?<=[.;:?!])\s+', t)
    return [p for p in parts if len(norm_words(p)) >= 3]


def grams(words, n=N):
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def main():
    folder = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
    examples = [('REFERENCE s.4', q) for q in read_reference()] + \
               [('batch 14 README', q) for q in read_readme14()]
    ex = [(src, q, norm_words(q)) for src, q in examples]
    ex_full = {' '.join(w) for _, _, w in ex}
    ex_grams = {}
    for src, q, w in ex:
        for g in grams(w):
            ex_grams.setdefault(g, []).append((src, q))
    tdir = os.path.join(folder, 'texts')
    seen = {}
    for name in sorted(os.listdir(tdir)):
        for s in sentences(os.path.join(tdir, name)):
            w = norm_words(s)
            seen.setdefault(' '.join(w), (name, s, w))
    ident, shared = [], []
    for key, (name, s, w) in sorted(seen.items(), key=lambda x: x[1][0]):
        if key in ex_full:
            ident.append((name, s))
        hits = [ex_grams[g] for g in grams(w) if g in ex_grams]
        if hits:
            shared.append((name, s, hits[0][0]))
    for name, s in ident:
        print('IDENTICAL %s: %s' % (name, s))
    for name, s, (src, q) in shared:
        print('SHARED-%d %s: %s\n    %s: %s' % (N, name, s, src, q))
    print('%d distinct sentences, %d examples, %d identical, %d sharing %d or '
          'more words' % (len(seen), len(ex), len(ident), len(shared), N))


if __name__ == '__main__':
    main()
