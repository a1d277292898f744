#!/usr/bin/env python3
"""Batch 18 wording check (stdlib only).  python3 check_overlap.py

Compares every text of this batch with the quoted passages of REFERENCE
section 4 (from the "## 4." heading, stopping at "## 5.") and of the batch 17
README (stopping at "## Blind measurement"): identical sentences, sentences
sharing a run of 6 words, and paragraphs (a list item, table row or
wrapped paragraph joined) sharing a run of 6 words.  Reads no earlier
batch's texts.
"""
import os, re, glob, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = '/work/shared/domain/REFERENCE.md'
README17 = os.path.join(HERE, '..', 'contracts17', 'README.md')
N = 6

def norm(s):
    s = s.replace('\u2019', "'").replace('\u201c', '"').replace('\u201d', '"').lower()
    s = re.sub(r"[^a-z0-9$' ]+", ' ', s)
    return s.split()

def quotes(text):
    text = text.replace('\u201c', '"').replace('\u201d', '"')
    return [q for q in re.findall(r'"([^"\n]{8,}?)"', text.replace('\n', ' '))]

def section(path, start, stop):
    out, on = [], start is None
    for line in open(path, encoding='utf-8'):
        if start and line.startswith(start):
            on = True
        if stop and line.startswith(stop) and on and not (start and line.startswith(start)):
            break
        if on:
            out.append(line)
    return ''.join(out)

def grams(words):
    return {tuple(words[i:i + N]) for i in range(len(words) - N + 1)}

def paragraphs(text):
    text = re.sub(r'(\w)-\n\s*(\w)', r'\1\2', text)
    paras, cur = [], []
    for line in text.split('\n'):
        st = line.strip()
        if not st or st.startswith('- ') or '|' in st or re.match(r'^(\d+\.|Article|Clause|Pasal)', st):
            if cur:
                paras.append(' '.join(cur))
            cur = [st] if st else []
            if '|' in st:
                paras.append(st); cur = []
        else:
            cur.append(st)
    if cur:
        paras.append(' '.join(cur))
    return [p for p in paras if p]

def main():
    srcs = quotes(section(REF, '## 4.', '## 5.')) + quotes(section(README17, None, '## Blind measurement'))
    qsent = {' '.join(norm(q)) for q in srcs if len(norm(q)) >= 3}
    qgrams = set()
    for q in srcs:
        qgrams |= grams(norm(q))
    ident = runs = pruns = 0
    sents = set()
    for path in sorted(glob.glob(os.path.join(HERE, 'texts', '*.txt'))):
        for p in paragraphs(open(path, encoding='utf-8').read()):
            pg = grams(norm(p))
            hit = pg & qgrams
            if hit:
                pruns += 1
                print(f"PARAGRAPH {os.path.basename(path)}: {p[:90]!r} shares {' '.join(sorted(hit)[0])!r}")
            for s in re.split(r'(?<=[.!?])\s+', p):
                w = norm(s)
                if len(w) < 3:
                    continue
                key = ' '.join(w)
                if key in sents:
                    continue
                sents.add(key)
                if key in qsent:
                    ident += 1; print(f"IDENTICAL {os.path.basename(path)}: {s!r}")
                elif grams(w) & qgrams:
                    runs += 1
    print(f"{len(sents)} distinct sentences, {len(srcs)} quoted passages; "
          f"{ident} identical, {runs} sentences sharing {N}+ words, {pruns} paragraphs sharing {N}+ words")
    return 1 if ident or runs or pruns else 0

if __name__ == '__main__':
    sys.exit(main())
