#!/usr/bin/env python3
"""Wording check for batch 17 (Python 3 standard library only).

Splits every text of this batch into sentences and compares them with the
quoted passages ("...") of REFERENCE section 4 (from the "## 4." heading,
stopping at "## 5.") and of the batch 16 README (read line by line,
stopping at "## Blind measurement"). Reports sentences identical to a
quoted sentence and sentences sharing a run of 6 or more words with a
quoted passage; as a stricter second test, also whole paragraphs (a table
or a list is one paragraph, its cells joined) sharing such a run. Reads no
earlier batch's texts.

    python3 check_overlap.py [--reference PATH] [--readme16 PATH]
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "/work/shared/domain/REFERENCE.md"
README16 = os.path.join(HERE, "..", "contracts16", "README.md")
N = 6


def norm(s):
    s = (s.replace("\u2019", "'").replace("\u2018", "'")
         .replace("\u201c", '"').replace("\u201d", '"'))
    s = s.lower().replace("'", "")
    s = re.sub(r"[^0-9a-z\u00c0-\u024f]+", " ", s)
    return s.split()


def sentences(text):
    text = re.sub(r"-\n(?=[a-z])", "", text)
    out = []
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(l.strip() for l in para.split("\n"))
        for piece in re.split(r"(?<=[.!?])\s+", para):
            w = norm(piece)
            if len(w) >= 3:
                out.append((piece, tuple(w)))
    return out


def quoted(text):
    text = re.sub(r"\s*\n\s*", " ", text)
    return re.findall(r'"([^"]+)"', text)


def read_ref(path):
    lines, on = [], False
    for l in open(path, encoding="utf-8"):
        if l.startswith("## 4."):
            on = True
        elif l.startswith("## 5."):
            break
        if on:
            lines.append(l)
    return "".join(lines)


def read_readme16(path):
    lines = []
    for l in open(path, encoding="utf-8"):
        if l.startswith("## Blind measurement"):
            break
        lines.append(l)
    return "".join(lines)


def grams(words, n=N):
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def main():
    args = sys.argv[1:]
    ref = args[args.index("--reference") + 1] if "--reference" in args \
        else REF
    r16 = args[args.index("--readme16") + 1] if "--readme16" in args \
        else README16
    passages = [("REFERENCE s4", q) for q in quoted(read_ref(ref))]
    passages += [("batch 16 README", q) for q in quoted(read_readme16(r16))]
    qsent, qgram = {}, {}
    for src, q in passages:
        for piece, w in sentences(q):
            qsent.setdefault(w, (src, piece))
        w = norm(q)
        for g in grams(w):
            qgram.setdefault(g, (src, q))
    texts = sorted(glob.glob(os.path.join(HERE, "texts", "*.txt")))
    seen = {}
    for t in texts:
        for piece, w in sentences(open(t, encoding="utf-8").read()):
            seen.setdefault(w, (os.path.basename(t), piece))
    paras = []
    for t in texts:
        txt = re.sub(r"-\n(?=[a-z])", "", open(t, encoding="utf-8").read())
        for para in re.split(r"\n\s*\n", txt):
            w = norm(para)
            hit = [g for g in grams(w) if g in qgram]
            if hit:
                paras.append((os.path.basename(t), " ".join(hit[0]),
                              qgram[hit[0]]))
    ident, shared = [], []
    for w, (fn, piece) in sorted(seen.items(), key=lambda x: x[1]):
        if w in qsent:
            ident.append((fn, piece, qsent[w]))
        hit = [g for g in grams(list(w)) if g in qgram]
        if hit:
            shared.append((fn, piece, " ".join(hit[0]), qgram[hit[0]]))
    nref = sum(1 for s, _ in passages if s.startswith("REF"))
    print("texts: %d files, %d distinct sentences" % (len(texts), len(seen)))
    print("quoted passages: %d (%d REFERENCE section 4, %d batch 16 README)"
          % (len(passages), nref, len(passages) - nref))
    for fn, piece, (src, q) in ident:
        print("IDENTICAL %s: %r = %s %r" % (fn, piece, src, q))
    for fn, piece, g, (src, q) in shared:
        print("SHARED-%d %s: %r ~ %s %r [%s]" % (N, fn, piece, src, q, g))
    for fn, g, (src, q) in paras:
        print("PARAGRAPH-%d %s: [%s] ~ %s %r" % (N, fn, g, src, q))
    print("result: %d identical, %d sharing %d or more words "
          "(paragraph level, tables and lists joined: %d)"
          % (len(ident), len(shared), N, len(paras)))
    return 0 if not ident and not shared and not paras else 1


if __name__ == "__main__":
    sys.exit(main())
