#!/usr/bin/env python3
"""Print every labelled line of batch 8 with the line before it, and check
that a sentence (or table row / list item) can start on the labelled line.

Usage: python3 show_labels.py [folder]   (default: this folder)
Exit status 1 if a label fails the check.
"""
import csv, os, re, sys

here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(\(?[0-9]{1,2}(\.[0-9]{1,2})?[).-]?|\(?[a-zA-Z]\)|[a-zA-Z]\.|\(?[ivxIVX]{1,5}\)|[0-9]{1,2}\([a-j]\)'
                  r'|-|\[[0-9/: ]+\])\s+')
BOUND = re.compile(r'[.;:!?]["\u201d\u2019)]?\s+["\u201c(]?\w')
bad = 0
n = 0
with open(os.path.join(here, 'labels.csv'), encoding='utf-8') as f:
    for row in csv.DictReader(f):
        if not row['line']:
            continue
        n += 1
        lines = open(os.path.join(here, 'texts', row['contract'] + '.txt'), encoding='utf-8').read().split('\n')
        i = int(row['line']) - 1
        prev = lines[i - 1] if i > 0 else ''
        cur = lines[i]
        body = ITEM.sub('', cur, count=1).lstrip()
        starts = (
            body[:1].isupper() or body[:1] in '"\u201c'            # sentence / item / row opens the line
            or BOUND.search(cur) is not None                      # a sentence boundary inside the line
            or re.match(r'^[A-Z0-9 .:-]+[.:-]\s', cur) is not None  # inline heading "4. WAGES. ..."
            or (prev.rstrip().endswith((';', '.', ':')) and body[:1].isalpha())
        )
        mark = 'ok ' if starts else 'BAD'
        if not starts:
            bad += 1
        print('%s %s %s line %s' % (mark, row['contract'], row['rule'], row['line']))
        print('      | ' + prev)
        print('    > | ' + cur)
print('%d labelled lines, %d fail the check' % (n, bad))
sys.exit(1 if bad else 0)
