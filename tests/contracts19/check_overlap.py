# -*- coding: utf-8 -*-
"""Wording check of batch 19 (stdlib only).

    python3 check_overlap.py [textdir ...]     (default: texts/ next to this file)

Takes the quoted passages ("..." and curly quotes) of REFERENCE section 4
(from its heading to the line before the section 5 heading) and of the
batch 18 README up to "## Blind measurement", and compares every text with
them: identical sentences, sentences sharing a run of 6 words, and
paragraphs (a wrapped paragraph, list item, numbered item, form field or
box item, with box rules, ligatures and line-end hyphens undone, case and
punctuation folded) sharing a run of 6 words.  Reads no earlier batch's
texts.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = '/work/shared/domain/REFERENCE.md'
README18 = os.path.join(HERE, '..', 'contracts18', 'README.md')
N = 6


def ref_part():
    out, on = [], False
    for line in open(REF, encoding='utf-8'):
        if line.startswith('## 4.'):
            on = True
        elif line.startswith('## 5.'):
            break
        if on:
            out.append(line)
    return ''.join(out)


def readme_part():
    out = []
    for line in open(README18, encoding='utf-8'):
        if line.startswith('## Blind measurement'):
            break
        out.append(line)
    return ''.join(out)


def norm_text(s):
    s = s.replace('\ufb01', 'fi').replace('\ufb02', 'fl').replace('\u2019', "'").replace('\u2018', "'")
    return s


def words(s):
    s = norm_text(s).lower()
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s)


def sentences(s):
    parts = re.split(r'(?<=[.;:!?])\s+', s)
    return [p for p in parts if len(words(p)) >= 3]


def quotes(text):
    text = re.sub(r'\s*\n\s*', ' ', text)
    q = re.findall(r'"([^"]+)"', text) + re.findall('\u201c([^\u201d]+)\u201d', text)
    return q


def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}


ITEM = re.compile(r'^(\s*)(- |\* |\d+\.\d*\.? |\(\d+\) |[a-h]\. |Step \d+\. |Procedure \d+\.\d+ |HR-P \d+\.\d+ |'
                  r'l\d\. |\[handwritten)')


def paragraphs(lines):
    paras, cur = [], []
    for raw in lines:
        line = raw.rstrip('\n')
        s = line.strip()
        if s.startswith('|') and s.endswith('|'):
            s = s[1:-1].strip()
        elif s.startswith('| '):
            s = s[2:]
        elif s.endswith(' |'):
            s = s[:-2]
        if not s or set(s) <= set('+-|') or re.match(r'^\+-', s):
            if cur:
                paras.append(cur)
            cur = []
            continue
        starts_item = bool(ITEM.match(s)) or ':' in s[:40] and '___' in s
        if starts_item and cur:
            paras.append(cur)
            cur = []
        cur.append(s)
    if cur:
        paras.append(cur)
    out = []
    for p in paras:
        t = ''
        for ln in p:
            if t.endswith('-') and not t.endswith(' -'):
                t = t[:-1] + ln
            else:
                t = (t + ' ' + ln).strip()
        out.append(t)
    return out


def main():
    dirs = sys.argv[1:] or [os.path.join(HERE, 'texts')]
    src = quotes(ref_part()) + quotes(readme_part())
    qsent = set()
    qgrams = set()
    for q in src:
        for s in sentences(q) or [q]:
            qsent.add(' '.join(words(s)))
        qgrams |= grams(words(q))
    n_ident = n_sent = n_para = 0
    distinct = set()
    for d in dirs:
        for fn in sorted(os.listdir(d)):
            if not fn.endswith('.txt'):
                continue
            lines = open(os.path.join(d, fn), encoding='utf-8').readlines()
            for p in paragraphs(lines):
                pw = words(p)
                hit = grams(pw) & qgrams
                if hit:
                    n_para += 1
                    print('%s PARAGRAPH shares %s: %s' % (fn, ' '.join(sorted(hit)[0]), p[:160]))
                for s in sentences(p):
                    sw = words(s)
                    key = ' '.join(sw)
                    distinct.add(key)
                    if key in qsent:
                        n_ident += 1
                        print('%s IDENTICAL: %s' % (fn, s))
                    elif grams(sw) & qgrams:
                        n_sent += 1
                        print('%s SENTENCE shares 6 words: %s' % (fn, s[:160]))
    print('quoted passages: %d; distinct sentences checked: %d' % (len(src), len(distinct)))
    print('identical: %d; sentences sharing %d words: %d; paragraphs sharing %d words: %d' % (
        n_ident, N, n_sent, N, n_para))


if __name__ == '__main__':
    main()
