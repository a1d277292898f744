# -*- coding: utf-8 -*-
"""Print every labelled line of batch 12 with the line before it, and check
that a sentence (or, in the run-on deeds, a clause) can start on it.

Usage: python3 show_labels.py [folder]      (default: this folder)
"""
import csv
import os
import re
import sys

LEAD = re.compile(
    r'^\s*(?:'
    r'\d+(?:\.\d+)*\.?\s+|'                      # 7.2  / 12.  / 3.
    r'\(\d+\)\s+|'                               # (2)
    r'[A-F]\.\d+\s+|'                            # B.3
    r'\d+\)\s+|'                                 # 2)
    r'\[\d\d/\d\d/\d{4} \d\d:\d\d\] [^:]+:\s+|'  # [12/03/2026 10:05] Name:
    r'\d\d/\d\d/\d{4}, \d\d:\d\d - [^:]+:\s+|'   # 12/03/2026, 10:05 - Name:
    r'[A-Za-z /+&]+ \.+ '                        # KEY ..... (offer rows)
    r')?')


def check(prev, line):
    body = line[LEAD.match(line).end():]
    if body[:1].isupper():
        return 'start'
    if re.search(r'[.;:] [A-Z]', line):
        return 'mid-line'
    if re.search(r'(, | and )[a-z]', line) or not prev.strip():
        return 'clause'
    return 'CHECK'


def main(folder):
    bad = 0
    n = 0
    with open(os.path.join(folder, 'labels.csv'), newline='') as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if not r['line']:
            continue
        n += 1
        path = os.path.join(folder, 'texts', r['contract'] + '.txt')
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        i = int(r['line'])
        prev = lines[i - 2] if i >= 2 else ''
        st = check(prev, lines[i - 1])
        bad += st == 'CHECK'
        print('%s %s %s line %d [%s]' % (r['contract'], r['language'], r['rule'], i, st))
        print('   %4d| %s' % (i - 1, prev))
        print('   %4d| %s' % (i, lines[i - 1]))
    print('%d labelled lines, %d to check by hand' % (n, bad))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
