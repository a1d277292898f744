#!/usr/bin/env python3
"""Print every labelled line (with the line before it) and check that a
sentence can start there: a clause number, sub-number, bullet or table label at
the line start after a blank / heading line or a line ending in '.', ';' or
':'; or '. ' / '; ' earlier on the same line.  Also checks CTR-010/011 rows
have an empty line and every contract in contracts.csv has a text.

    python3 show_labels.py [dir]        (exit status 1 if a check fails)
"""
import csv
import os
import re
import sys

d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
bad = 0
texts = {}
for row in csv.DictReader(open(os.path.join(d, 'contracts.csv'))):
    p = os.path.join(d, 'texts', row['contract'] + '.txt')
    texts[row['contract']] = open(p, encoding='utf-8').read().split('\n')
for row in csv.DictReader(open(os.path.join(d, 'labels.csv'))):
    c, rule, ln = row['contract'], row['rule'], row['line']
    if rule in ('CTR-010', 'CTR-011'):
        if ln != '':
            print('BAD', c, rule, 'line should be empty')
            bad += 1
        if rule == 'CTR-011' and not os.path.exists(os.path.join(d, 'texts', c + '.origin.txt')):
            print('BAD', c, 'no origin text')
            bad += 1
        continue
    lines = texts[c]
    n = int(ln)
    cur = lines[n - 1]
    prev = lines[n - 2] if n >= 2 else ''
    stripped = cur.strip()
    lead = re.match(r"^(\(?[0-9ivxlcIVXLC]+[.)]?[0-9]*\)?|\(?[a-z]\)|[A-Z]\.|-|\u00a7 ?\d+|"
                    r"Article \d+\.|Clause \d+:|Section \d+ \u2014|[A-Z]+:|Pasal \d+)\s", stripped)
    ok = False
    why = ''
    heading = re.sub(r'^(Article|Clause|Section|Pasal)\b', '', prev.strip()).isupper()
    if prev.strip() == '' or prev.rstrip().endswith(('.', ';', ':')) or heading:
        ok, why = True, 'line start'
    if re.search(r'[.;] \S', cur):
        ok, why = True, ok and why or 'after ". " or "; "'
    if lead:
        ok, why = True, 'numbered/bullet'
    if re.match(r'^[A-Z\u00c0-\u024f][^.]*\.{3,}', stripped):
        ok, why = True, 'table line'
    print('%s %s line %s  [%s]' % (c, rule, ln, why if ok else 'CHECK'))
    print('    %4d| %s' % (n - 1, prev))
    print('  > %4d| %s' % (n, cur))
    if not ok:
        bad += 1
print('problems:', bad)
sys.exit(1 if bad else 0)
