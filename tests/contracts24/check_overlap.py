#!/usr/bin/env python3
"""Wording check of batch 24 (stdlib only), adapted from batch 23's check.

Takes the quoted passages ("..." and curly quotes) of REFERENCE section 4
and of the batch 23 README up to the heading "## Blind measurement" (the
file is read line by line and reading stops at that heading), and compares
every text of this batch with them: identical sentences, sentences sharing
a run of 6 words, and paragraphs (consecutive non-empty lines joined)
sharing a run of 6 words.  Sentences are split at . ! ? ; : as before;
the comma-spliced agency English of this batch is covered by the paragraph
check (items are rarely separated by blank lines here, so a paragraph is
usually a whole block of items).  It reads no earlier batch's texts.

Usage: python3 check_overlap.py [textdir ...]   (default: texts/)
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = '/work/shared/domain/REFERENCE.md'
README23 = os.path.join(HERE, '..', 'contracts23', 'README.md')
N = 6


def ref_section4():
    out = []
    inside = False
    with open(REFERENCE, encoding='utf-8') as f:
        for line in f:
            if line.startswith('## 4.'):
                inside = True
                continue
            if inside and line.startswith('## '):
                break
            if inside:
                out.append(line)
    return ''.join(out)


def readme23_head():
    out = []
    with open(README23, encoding='utf-8') as f:
        for line in f:
            if line.startswith('## Blind measurement'):
                break
            out.append(line)
    return ''.join(out)


def quoted(text):
    text = re.sub(r'\s*\n\s*', ' ', text)
    q = re.findall(r'"([^"]{3,}?)"', text)
    q += re.findall('\u201c([^\u201d]{3,}?)\u201d', text)
    return q


def words(s):
    s = s.replace('\ufb01', 'fi').replace('\ufb02', 'fl').replace('\u00a0', ' ')
    s = s.lower().replace('\u2019', "'").replace('\u2018', "'")
    return re.findall(r"[a-z0-9$]+(?:'[a-z]+)?", s)


def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}


def sentences(s):
    return [x for x in re.split(r'(?<=[.!?;:])\s+', s) if x.strip()]


def paragraphs(lines):
    """Blocks of text as extracted: consecutive non-empty lines are joined
    (a line ending in a letter and "-" is joined to the next without the
    hyphen, as PDF extraction splits words), blank lines separate blocks.
    Page footers and headers stay in (a --clean generation has none)."""
    paras = []
    cur = ''
    for l in lines:
        l = re.sub(r'^(?:> ?)+', '', l.replace('\t', ' | '))
        if not l.strip():
            if cur:
                paras.append(cur)
            cur = ''
            continue
        l = l.strip()
        if re.search(r'[A-Za-z\ufb01\ufb02]-$', cur):
            cur = cur[:-1] + l
        elif cur:
            cur += ' ' + l
        else:
            cur = l
    if cur:
        paras.append(cur)
    return paras


def main():
    dirs = sys.argv[1:] or [os.path.join(HERE, 'texts')]
    passages = quoted(ref_section4()) + quoted(readme23_head())
    qsent = set()
    qgrams = {}
    for p in passages:
        for s in sentences(p):
            w = words(s)
            if w:
                qsent.add(' '.join(w))
        for g in grams(words(p)):
            qgrams.setdefault(g, p)
    n_ident = n_sent = n_para = 0
    distinct = set()
    for d in dirs:
        for fn in sorted(glob.glob(os.path.join(d, '*.txt'))):
            lines = open(fn, encoding='utf-8').read().split('\n')
            for para in paragraphs(lines):
                for s in sentences(para):
                    w = words(s)
                    if not w:
                        continue
                    distinct.add(' '.join(w))
                    if ' '.join(w) in qsent and len(w) >= 3:
                        n_ident += 1
                        print('IDENTICAL %s: %s' % (os.path.basename(fn), s))
                    hit = grams(w) & set(qgrams)
                    if hit:
                        n_sent += 1
                        g = sorted(hit)[0]
                        print('SENT6 %s: "%s" | %s' % (os.path.basename(fn), ' '.join(g), s))
                hit = grams(words(para)) & set(qgrams)
                if hit:
                    n_para += 1
                    g = sorted(hit)[0]
                    print('PARA6 %s: "%s" | %s' % (os.path.basename(fn), ' '.join(g), para[:100]))
    print('quoted passages: %d; distinct sentences checked: %d' % (len(passages), len(distinct)))
    print('identical sentences: %d; sentences sharing %d words: %d; paragraphs sharing %d '
          'words: %d' % (n_ident, N, n_sent, N, n_para))
    return 1 if (n_ident or n_sent or n_para) else 0


if __name__ == '__main__':
    sys.exit(main())
