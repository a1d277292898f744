#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Print every labelled line (with the line before it) and check that a
sentence can start there.  Usage: python3 show_labels.py [dir] [-q]

A sentence can start on line L if, in the left column (two-column contracts
are cut at " | "), either
  - the text after an optional clause number / bullet / "A:" prefix starts the
    line and the previous non-blank line (page headers and footers skipped)
    ends in ". ; :" or is a heading / numbering line, or is preceded by a
    blank line; or
  - ". " / "; " / ": " occurs on L, followed by a letter.
"""
import csv
import os
import re
import sys

d = next((a for a in sys.argv[1:] if not a.startswith('-')), os.path.dirname(os.path.abspath(__file__)))
quiet = '-q' in sys.argv
FURN = re.compile(r'^\s*(Page \d+ (of|/) ?\d+|Page \d+/\d+.*|- \d+ -|Halaman \d+ dari \d+|Hal\. \d+/\d+.*|'
                  r'Contract Ref\. .*|Perjanjian Kerja No\. .*)\s*$', re.I)
PREFIX = re.compile(r'^\s*(\(\w{1,4}\)\s+|\w{1,4}[.)]\s+|\d+\.\d+\s+|[-•]\s+|A:\s+|'
                    r'(Article|Clause|Section|§|Pasal)\s*\d+\s*[:.—-]?\s+|[A-Z]+:\s+|'
                    r'\d+\.\s+[A-Z][\w ]+:\s+)?')


def left(l):
    return l.split(' | ')[0] if ' | ' in l else l


def heading_like(l):
    """a heading / numbering-only line: all capitals, 'Pasal N', a question,
    or a numbered Title Case heading ('Section 4 — Hours of Work')"""
    s = left(l).strip()
    if not s:
        return True
    if re.match(r'^(Pasal \d+|Q\d+\..*\?)$', s):
        return True
    if s.upper() == s and re.search(r'[A-Z]', s):
        return True
    words = re.sub(r'^(Article|Clause|Section|§)?\s*[\w.)]*\s*[:—-]?\s*', '', s).split()
    small = {'and', 'of', 'the', 'for', 'to', 'on', 'in'}
    return bool(words) and all(w[0].isupper() or w in small or w == '&' for w in words)


def can_start(lines, i):
    l = left(lines[i])
    if re.search(r'[.;:] +[A-Za-z“"(]', l):
        return True, 'inline'
    j = i - 1
    while j >= 0 and (not lines[j].strip() or FURN.match(lines[j])):
        if not lines[j].strip() and not (j > 0 and FURN.match(lines[j - 1] or '')) and not FURN.match(lines[j + 1] if j + 1 < len(lines) else ''):
            return True, 'after blank'
        j -= 1
    if j < 0:
        return True, 'top'
    prev = left(lines[j]).rstrip()
    if prev.endswith(('.', ';', ':')):
        return True, 'prev ends %s' % prev[-1]
    if heading_like(lines[j]) and PREFIX.match(l):
        return True, 'after heading'
    m = PREFIX.match(l)
    if m and m.group(1):
        return True, 'numbered'
    return False, 'prev: %r' % prev[-30:]


def main():
    rows = list(csv.DictReader(open(os.path.join(d, 'labels.csv'), encoding='utf-8')))
    ok = bad = 0
    for r in rows:
        if not r['line']:
            continue
        lines = open(os.path.join(d, 'texts', r['contract'] + '.txt'), encoding='utf-8').read().split('\n')
        i = int(r['line']) - 1
        good, why = can_start(lines, i)
        ok += good
        bad += not good
        if not quiet or not good:
            print('%s %s %s:%d  [%s]' % ('PASS' if good else 'FAIL', r['rule'], r['contract'], i + 1, why))
            print('   %4d | %s' % (i, lines[i - 1] if i else ''))
            print('   %4d > %s' % (i + 1, lines[i]))
    print('%d pass, %d fail' % (ok, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
