#!/usr/bin/env python3
"""Generator of the blind contract evaluation batch 23 (AC-001 .. AC-040).

Python 3 standard library only.  The texts are written by hand in
specs.py, one body per contract, in a small markup:

  {A3|word}   start of an abusive clause of rule CTR-003; the labelled line
              must contain `word` (self-check)
  {L5}        a compliant look-alike of type CTR-005 (counted, never labelled)
  {P|word}    the changed term of an origin/destination pair (CTR-011 line)
  {V:a¦b}     text `a` in the origin version, `b` in the destination version
              (separator U+00A6 BROKEN BAR, since table rows hold '|')
  {PB}        forced page break after the line that holds it
  =text       a line kept as it is (tables, headers); otherwise one source
              line is one paragraph, wrapped to the contract's width with
              its e-mail quote prefix ("> ") repeated and a hanging indent
              after a leading label ("Q: ", "3. ", "MAYA: ", "- ", "(b) ")
  ~N|text     paragraph with an explicit hanging indent of N

Markers become private-use characters (U+E000 + rule, U+E100 + type,
U+E0FF, U+E0FD) that stick to the next word through wrapping and
pagination; the label is the line where the marker ends up, then all
markers are removed.  Every random choice (page lengths only) comes from a
random.Random seeded with a string built from SEED, the contract id and a
purpose, so the output does not depend on PYTHONHASHSEED.

Adapted from batch 22's generator (same markup, markers, self-checks and
CSV writing).  Added for this batch (text as extracted from PDF / scans):
  - hyphenation across line ends: with c['hyphenate'] a word that does not
    fit is split at a syllable-like point ("pass-" / "port"); a `{-}` inside
    a word forces a preferred split point;
  - page footers / running headers of several lines (no blank line unless
    the contract's format has one), page length from c['plen'];
  - c['hang'] = 0 drops hanging indents (continuation lines at column 0);
  - U+00A0 in the spec text is kept (the explicit-hang filler is now a
    private-use character), tabs are kept in `=` lines;
  - the keyword self-check joins a line ending in "-" with the next line.

Usage: python3 make_set.py [outdir]          (default: this folder)
       python3 make_set.py --clean outdir    (no page footers / headers)
"""
import csv
import os
import random
import re
import sys

from specs import CONTRACTS, SEED

HERE = os.path.dirname(os.path.abspath(__file__))

AB_INV = {chr(0xE000 + n): 'CTR-00%d' % n for n in range(1, 10)}
LA_INV = {chr(0xE100 + n): 'CTR-00%d' % n for n in range(1, 10)}
PAIRM = '\uE0FF'
FORCE = '\uE0FD'
HYPH = '\uE0FC'
FILL = '\uE0FE'
NBSP = '\u00a0'
PRIV = re.compile('[\uE000-\uE1FF]')
QUOTE = re.compile(r'^((?:> ?)+)')
LEAD = re.compile(r'^((?:Article \d+[A-Z]?[.:]?|Art\. \d+[.:]?|Pasal \d+[A-Z]?[.:]?|'
                  r'[A-Z]\d?\.\d*\.?|[SRB]\d+\.|B\.\d+|\d+\.(?:\d+\.?)*|\d+\)|'
                  r'\([a-z0-9]+\)|[a-z][.)]|[IVX]+\.|[-*\u2022\u25aa\u2013])\s+)')
CLEAN = '--clean' in sys.argv


def rng(cid, purpose):
    return random.Random('%s:%s:%s' % (SEED, cid, purpose))


def vlen(s):
    return len(PRIV.sub('', s).expandtabs(8))


# ---------------------------------------------------------------- markup

def apply_markup(body, version, expect):
    """Version choice and markers -> private-use characters.  `expect`
    collects (rule, keyword) for the self-check."""
    body = re.sub('\\{V:([^\u00a6{}]*)\u00a6([^{}]*)\\}',
                  lambda m: m.group(1) if version == 'origin' else m.group(2), body)

    def ab(m):
        expect.append(('CTR-00' + m.group(1), m.group(2)))
        return chr(0xE000 + int(m.group(1)))

    body = re.sub(r'\{A(\d)\|([^{}]+)\}', ab, body)
    body = re.sub(r'\{L(\d)\}', lambda m: chr(0xE100 + int(m.group(1))), body)

    def pm(m):
        expect.append(('PAIR', m.group(1)))
        return PAIRM

    body = re.sub(r'\{P\|([^{}]+)\}', pm, body)
    body = body.replace('{PB}', FORCE).replace('{-}', HYPH)
    left = re.findall(r'\{[ALPV][^{}]*\}', body)
    assert not left, left
    return body


# ---------------------------------------------------------------- wrapping

VOW = set('aeiouyAEIOUY')
DIGRAPH = {'th', 'ch', 'sh', 'ng', 'ny', 'ph', 'ck', 'qu', 'gh', 'wh', 'kh', 'sy'}


def split_points(w):
    """Candidate hyphenation points of a word (index k: w[:k] + '-' / w[k:])."""
    if HYPH in w:
        k = w.index(HYPH)
        return [k]
    if PRIV.search(w) or not re.fullmatch(r"[A-Za-z\u00c0-\u024f\ufb01\ufb02]+[,.;:)]?", w):
        return []
    core = w.rstrip(',.;:)')
    pts = []
    for k in range(2, len(core) - 2):
        a, b, c2 = core[k - 1], core[k], core[k + 1]
        if a in VOW and b not in VOW and c2 in VOW:
            pts.append(k)
        elif a not in VOW and b not in VOW and (a + b).lower() not in DIGRAPH and \
                core[k - 2] in VOW:
            pts.append(k)
    return pts


def wrap(par, width, hyphenate=False, hangon=True):
    if par.startswith('='):
        return [par[1:].replace(HYPH, '')]
    if par.strip() == '':
        return ['']
    hang = None
    m = re.match(r'^~(\d+)\|', par)
    if m:
        hang = int(m.group(1))
        par = par[m.end():]
    q = QUOTE.match(par)
    prefix = ''
    if q:
        prefix = q.group(1)
        if not prefix.endswith(' '):
            prefix += ' '
        par = par[q.end():].lstrip(' ')
    if not par.strip():
        return [prefix.rstrip()]
    lead = len(par) - len(par.lstrip(' '))
    body = par[lead:]
    if hang is not None:
        body = body[:hang].replace(' ', FILL) + body[hang:]
    if hang is None:
        mm = LEAD.match(PRIV.sub('', body))
        hang = len(mm.group(1)) if mm and len(mm.group(1)) <= 22 else 0
    if not hangon:
        hang = 0
    words = [w for w in body.split(' ') if w != '']
    lines = []
    cur = prefix + ' ' * lead + words[0]
    i = 1
    while i < len(words):
        w = words[i]
        if FORCE in cur:
            lines.append(cur)
            cur = prefix + ' ' * (lead + hang) + w
        elif vlen(cur) + 1 + vlen(w) <= width:
            cur += ' ' + w
        else:
            done = False
            if hyphenate or HYPH in w:
                for k in sorted(split_points(w), reverse=True):
                    head = w[:k].replace(HYPH, '')
                    if vlen(cur) + 1 + vlen(head) + 1 <= width:
                        lines.append(cur + ' ' + head + '-')
                        cur = prefix + ' ' * (lead + hang) + w[k:].replace(HYPH, '')
                        done = True
                        break
            if not done:
                lines.append(cur)
                cur = prefix + ' ' * (lead + hang) + w.replace(HYPH, '')
        i += 1
    lines.append(cur)
    return [l.replace(HYPH, '').replace(FILL, ' ') for l in lines]


# -------------------------------------------------------------- pagination

def paginate(lines, c):
    """Footer and running header every plen lines (per contract), forced
    after a line holding FORCE (natural breaks within 8 lines before it
    dropped)."""
    r = rng(c['id'], 'page')
    forced = [i for i, l in enumerate(lines) if FORCE in l]
    cuts = []
    start = 0
    size = r.randint(*c.get('plen', (38, 46)))
    n = len(lines)
    for i in range(n):
        if i in forced:
            cuts.append(i + 1)
            start = i + 1
            size = r.randint(*c.get('plen', (38, 46)))
        elif i + 1 - start >= size and n - (i + 1) >= 6 and \
                not any(i < f <= i + 8 for f in forced):
            cuts.append(i + 1)
            start = i + 1
            size = r.randint(*c.get('plen', (38, 46)))
    pages = []
    prev = 0
    for cut in cuts + [n]:
        pages.append(lines[prev:cut])
        prev = cut
    total = len(pages)
    out = []
    foot, head = c['paging']
    for k, pg in enumerate(pages, 1):
        out.extend(pg)
        if total > 1:
            if k < total:
                out.extend(foot.format(n=k, N=total).split('\n'))
                out.extend(head.format(n=k + 1, N=total).split('\n'))
            else:
                out.extend(foot.format(n=k, N=total).split('\n'))
    return out


# ----------------------------------------------------------------- render

def render(c, version):
    expect = []
    body = apply_markup(c['body'], version, expect)
    lines = []
    for p in body.strip('\n').split('\n'):
        lines.extend(wrap(p, c.get('width', 76), c.get('hyphenate', 0), c.get('hang', 1)))
    if c.get('paging') and not CLEAN:
        lines = paginate(lines, c)
    labels, la, pairline, out = [], [], None, []
    for i, l in enumerate(lines, 1):
        for ch in l:
            if ch in AB_INV:
                labels.append((AB_INV[ch], i))
            elif ch in LA_INV:
                la.append(LA_INV[ch])
            elif ch == PAIRM:
                pairline = i
        l = PRIV.sub('', l).rstrip()
        if c.get('typographic'):
            l = l.replace("'", '\u2019')
        out.append(l)
    while out and out[-1] == '':
        out.pop()
    return out, labels, la, pairline, expect


def norm(s):
    return s.lower().replace('\u2019', "'").replace('\u00a0', ' ')


def joined(lines, ln):
    """The labelled line, joined with the next one when it ends in a hyphen."""
    l = lines[ln - 1]
    if l.endswith('-') and ln < len(lines):
        l = l[:-1] + lines[ln].lstrip()
    return l


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    outdir = args[0] if args else HERE
    if CLEAN and not args:
        sys.exit('--clean needs an output folder')
    tdir = os.path.join(outdir, 'texts')
    os.makedirs(tdir, exist_ok=True)
    ids = [c['id'] for c in CONTRACTS]
    assert ids == ['AC-%03d' % i for i in range(1, len(ids) + 1)], ids
    lab_rows, con_rows, comp_rows, report = [], [], [], []
    tot_ab, tot_la = {}, {}
    for c in CONTRACTS:
        cid = c['id']
        versions = ['origin', 'dest'] if c['role'] in ('pair', 'pair_eq') else ['dest']
        res = {v: render(c, v) for v in versions}
        lines, labels, la, pairline, expect = res['dest']
        # ---- self-checks
        want = c.get('abuses', [])
        got = [r_ for r_, _ in labels]
        assert sorted(want) == sorted(got), (cid, want, got)
        assert len(set(got)) == len(got), (cid, got)
        assert len(set(ln for _, ln in labels)) == len(labels), (cid, labels)
        kw = dict((r_, k) for r_, k in expect if r_ != 'PAIR')
        for r_, ln in labels:
            assert norm(kw[r_]) in norm(joined(lines, ln)), (cid, r_, ln, kw[r_], lines[ln - 1])
        assert len(set(la)) == len(la), (cid, la)
        assert not (set(la) & set(want)), (cid, la, want)
        if c['sex'] != 'F' or c['dest'] == 'SG':
            assert not ({'CTR-005', 'CTR-006'} & (set(want) | set(la))), cid
        if c['role'] in ('clean', 'ctr010', 'pair', 'pair_eq'):
            assert not want, cid
        if c['role'] == 'clean':
            assert len(la) >= 6, (cid, la)
        if c['role'] == 'ctr010':
            assert 1 <= len(c['missing']) <= 2, cid
        for l in lines:
            assert '{' not in l or '}' not in l or 'CONFIDENTIAL' in l, (cid, l)
        with open(os.path.join(tdir, cid + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(lines) + '\n')
        if len(versions) == 2:
            olines, _, ola, opair, oexp = res['origin']
            assert sorted(ola) == sorted(la), cid
            assert len(olines) == len(lines), (cid, len(olines), len(lines))
            with open(os.path.join(tdir, cid + '.origin.txt'), 'w', encoding='utf-8',
                      newline='\n') as f:
                f.write('\n'.join(olines) + '\n')
            diff = [(i + 1, a, b) for i, (a, b) in enumerate(zip(olines, lines)) if a != b]
            report.append('%s pair diff:' % cid)
            for i, a, b in diff:
                report.append('  %d< %s\n  %d> %s' % (i, a, i, b))
            if c['role'] == 'pair':
                assert pairline and opair == pairline, cid
                pk = [k for r_, k in expect if r_ == 'PAIR'][0]
                assert norm(pk) in norm(joined(lines, pairline)), (cid, pk)
                assert len(diff) == 2 and pairline in [d[0] for d in diff], (cid, diff)
            else:
                assert pairline is None and len(diff) == 1, (cid, diff)
        labels.sort(key=lambda x: x[1])
        for rule, ln in labels:
            lab_rows.append([cid, c['lang'], rule, ln])
            tot_ab[(rule, c['lang'])] = tot_ab.get((rule, c['lang']), 0) + 1
            report.append('%s %s line %d:\n    %s\n  > %s\n    %s' % (
                cid, rule, ln, lines[ln - 2] if ln > 1 else '', lines[ln - 1],
                lines[ln] if ln < len(lines) else ''))
        for t in la:
            tot_la[(t, c['lang'])] = tot_la.get((t, c['lang']), 0) + 1
        if c['role'] == 'ctr010':
            lab_rows.append([cid, c['lang'], 'CTR-010', ''])
        if c['role'] == 'pair':
            lab_rows.append([cid, c['lang'], 'CTR-011', pairline])
            report.append('%s CTR-011 line %d: %s' % (cid, pairline, lines[pairline - 1]))
        con_rows.append([cid, c['lang'], c['wage'], c['cur']])
        typo = int(any(ch in l for l in lines for ch in '\u2018\u2019\u201c\u201d'))
        hyph = int(any(l.endswith('-') and re.search(r'[A-Za-z\ufb01\ufb02]-$', l) for l in lines))
        if c['role'] == 'abuse':
            detail = ' '.join(r_ for r_, _ in labels)
        elif c['role'] == 'ctr010':
            detail = ' '.join(c['missing'])
        elif c['role'] == 'pair':
            detail = c['change']
        elif c['role'] == 'pair_eq':
            detail = 'none'
        else:
            detail = ''
        role = {'pair_eq': 'pair'}.get(c['role'], c['role'])
        comp_rows.append([cid, c['lang'], role, c['sector'], c['dest'], c['origin'], detail,
                          ' '.join(sorted(la)), c['pov'], c['numbering'], c.get('caps', 0),
                          typo, hyph, c['reg'], c.get('definitions', 0),
                          c.get('bilingual', 0), len(lines)])
        report.append('%s [%s] look-alikes: %s' % (cid, c['reg'], ' '.join(sorted(la))))
    with open(os.path.join(outdir, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'rule', 'line'])
        w.writerows(lab_rows)
    with open(os.path.join(outdir, 'contracts.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'wage', 'currency'])
        w.writerows(con_rows)
    with open(os.path.join(outdir, 'composition.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'role', 'sector', 'destination', 'origin', 'detail',
                    'lookalike_types', 'pov', 'numbering', 'caps_all', 'typographic',
                    'hyphenation', 'schedule', 'definitions', 'bilingual', 'lines'])
        w.writerows(comp_rows)
    report.append('abusive per rule (en/id): ' + ', '.join(
        '%s %d/%d' % ('CTR-00%d' % n, tot_ab.get(('CTR-00%d' % n, 'en'), 0),
                      tot_ab.get(('CTR-00%d' % n, 'id'), 0)) for n in range(1, 10)))
    report.append('look-alikes per type (en/id): ' + ', '.join(
        '%s %d/%d' % ('CTR-00%d' % n, tot_la.get(('CTR-00%d' % n, 'en'), 0),
                      tot_la.get(('CTR-00%d' % n, 'id'), 0)) for n in range(1, 10)))
    report.append('abusive total %d; look-alikes total %d' % (
        sum(tot_ab.values()), sum(tot_la.values())))
    print('\n'.join(report))


if __name__ == '__main__':
    main()
