#!/usr/bin/env python3
"""Wording check for contract batch 16 (Python 3 standard library only).

Compares every sentence of texts/*.txt with
  - the quoted example sentences of section 4 of
    /work/shared/domain/REFERENCE.md (read from the "## 4." heading,
    stopping at the "## 5." heading), and
  - the quoted wording of the batch 15 README (read line by line, stopping
    at the heading "## Blind measurement"; nothing after it is read).
Reports sentences identical to an example and sentences sharing a run of 6
or more words with one.  Reads no earlier batch's texts or scripts.

    python3 check_overlap.py [textdir] [reference] [batch15-readme]
"""

import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RUN = 6
MINWORDS = 3        # pieces under three words (numbering such as "1.")
                    # are not sentences


def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = s.replace('\u201c', '"').replace('\u201d', '"')
    return s


def words(s):
    s = fold(s).casefold().replace("'", '')
    return re.findall(r'[^\W_]+', s)


def quoted(text):
    text = fold(text)
    return [q.strip() for q in re.findall(r'"([^"]+)"', text)]


def reference_examples(path):
    out, on = [], False
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('## 4.'):
                on = True
                continue
            if line.startswith('## 5.'):
                break
            if on:
                out.append(line.rstrip('\n'))
    return quoted(' '.join(out))


def readme_quotes(path):
    out = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('## Blind measurement'):
                break
            out.append(line.rstrip('\n'))
    return quoted(' '.join(out))


def sentences(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    paras, cur = [], []
    for l in lines:
        if not l.strip():
            if cur:
                paras.append(cur)
            cur = []
        else:
            cur.append(l.strip())
    if cur:
        paras.append(cur)
    out = []
    for p in paras:
        text = ''
        for l in p:
            if text.endswith('-') and re.search(r'[a-z]-$', text) and \
                    re.match(r'[a-z]', l):
                text = text[:-1] + l          # undo line-end hyphen
            else:
                text = (text + ' ' + l) if text else l
        for s in re.split(r'(?<=[.!?])\s+', text):
            if len(words(s)) >= MINWORDS:
                out.append(s)
    return out


def ngrams(ws, n):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    textdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE,
                                                                 'texts')
    ref = sys.argv[2] if len(sys.argv) > 2 else \
        '/work/shared/domain/REFERENCE.md'
    b15 = sys.argv[3] if len(sys.argv) > 3 else \
        os.path.join(HERE, '..', 'contracts15', 'README.md')
    examples = reference_examples(ref) + readme_quotes(b15)
    ex_norm = {' '.join(words(e)) for e in examples
               if len(words(e)) >= MINWORDS}
    ex_grams = {}
    for e in examples:
        for g in ngrams(words(e), RUN):
            ex_grams.setdefault(g, e)
    seen = {}
    for path in sorted(glob.glob(os.path.join(textdir, '*.txt'))):
        for s in sentences(path):
            key = ' '.join(words(s))
            seen.setdefault(key, (s, os.path.basename(path)))
    identical, shared = [], []
    for key, (s, name) in sorted(seen.items()):
        if key in ex_norm:
            identical.append((name, s))
        ws = key.split()
        hits = [g for g in ngrams(ws, RUN) if g in ex_grams]
        if hits:
            shared.append((name, s, ' '.join(hits[0]), ex_grams[hits[0]]))
    print('sentences (distinct): %d; quoted examples: %d (%d REFERENCE '
          'section 4, %d batch 15 README)' % (
              len(seen), len(examples), len(reference_examples(ref)),
              len(readme_quotes(b15))))
    for name, s in identical:
        print('IDENTICAL %s: %s' % (name, s))
    for name, s, run, e in shared:
        print('SHARED-%d %s: "%s"\n    run: %s\n    example: %s' % (
            RUN, name, s, run, e))
    print('identical: %d, sharing %d or more words: %d' % (
        len(identical), RUN, len(shared)))
    return 0 if not identical and not shared else 1


if __name__ == '__main__':
    sys.exit(main())
