#!/usr/bin/env python3
"""Print every labelled line of batch 6 with the line before it, and check
that a sentence can start on it (line start after numbering / [x] / table
row, or after '. ', '; ', ': ' within the line, or the line before ends a
sentence / is blank / is a heading or footer)."""
import csv, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = n = 0
for r in csv.DictReader(open(os.path.join(HERE, 'labels.csv'), encoding='utf-8')):
    if not r['line']:
        continue
    n += 1
    L = open(os.path.join(HERE, 'texts', r['contract'] + '.txt'), encoding='utf-8').read().split('\n')
    i = int(r['line']) - 1
    cur, prev = L[i], (L[i - 1] if i else '')
    body = re.sub(r'^\s*(\(?[0-9ivxIVX]+(?:[.)][0-9]*\)?|\))|\([a-z]+\)|-|\[[xX ]\]|Rule \d+\.|R\d+:|\d+ -|'
                  r'[A-Z]+\.|Article \d+ -|Clause \d+:|[A-Z]+:)\s*', '', cur)
    ok = (bool(re.match(r'[A-Z0-9\[]', body)) or bool(re.search(r'[.;:] [A-Za-z]', cur))
          or prev.strip() == '' or re.search(r'[.;:]$', prev.strip()) is not None)
    if not ok:
        bad += 1
    print('%s %s %s:%s %s\n    | %s\n    > %s' % ('ok ' if ok else 'BAD', r['rule'], r['contract'], r['line'],
                                               r['language'], prev, cur))
print('%d labelled lines, %d fail the check' % (n, bad))
sys.exit(1 if bad else 0)
