#!/usr/bin/env python3
"""Generator of the blind contract evaluation batch 24 (AD-001 .. AD-040).

Python 3 standard library only.  The texts are written by hand in
specs.py, one body per contract (contracts drafted by non-native agency
drafters: "agency English" and informal agency Indonesian), in a small
markup:

  {A3|word}   start of an abusive clause of rule CTR-003; the labelled line
              must contain `word` (self-check)
  {L5}        a compliant look-alike of type CTR-005 (counted, never labelled)
  {P|word}    the changed term of an origin/destination pair (CTR-011 line)
  {V:a¦b}     text `a` in the origin version, `b` in the destination version
              (separator U+00A6 BROKEN BAR)
  =text       a line kept as it is (headers, party blocks, signature lines);
              otherwise one source line is one paragraph, wrapped to the
              contract's width with a hanging indent after a leading label
              ("3. ", "3) ", "- ", "(iv) ", "Article 4: ", "Clause 05. ")

Markers become private-use characters (U+E000 + rule, U+E100 + type,
U+E0FF) that stick to the next word through wrapping; the label is the
line where the marker ends up, then all markers are removed.  No random
choice is made (SEED is kept for the record); the output does not depend
on PYTHONHASHSEED.

Adapted from batch 23's generator (same markup, markers, self-checks and
CSV writing).  Removed for this batch: page footers / headers, forced page
breaks and hyphenation at line ends (this batch is about drafting, not
extraction).  Added: a self-check that every contract not labelled CTR-010
mentions each of the five mandatory elements (a crude keyword test on my
own texts, per language) and that labels of one contract are distinct
lines; `caps_all` is set in specs.py, `typographic` computed.

Usage: python3 make_set.py [outdir]          (default: this folder)
"""
import csv
import os
import re
import sys

from specs import CONTRACTS, SEED

HERE = os.path.dirname(os.path.abspath(__file__))

AB_INV = {chr(0xE000 + n): 'CTR-00%d' % n for n in range(1, 10)}
LA_INV = {chr(0xE100 + n): 'CTR-00%d' % n for n in range(1, 10)}
PAIRM = '\uE0FF'
PRIV = re.compile('[\uE000-\uE1FF]')
LEAD = re.compile(r'^((?:(?:Article|ARTICLE|Clause) \d+[A-Z]?(?:[.:]| -)?|Art\. \d+[.:]?|Pasal \d+[A-Z]?[.:]?|\d+-|'
                  r'[A-Z]\d?\.\d*\.?|[SRB]\d+\.|B\.\d+|\d+\.(?:\d+\.?)*|\d+\)|'
                  r'\([a-z0-9]+\)|[a-z][.)]|[IVX]+\.|[-*\u2022\u25aa\u2013])\s+)')


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
    left = re.findall(r'\{[ALPV][^{}]*\}', body)
    assert not left, left
    return body


# ---------------------------------------------------------------- wrapping

def wrap(par, width, hangon=True):
    if par.startswith('='):
        return [par[1:]]
    if par.strip() == '':
        return ['']
    lead = len(par) - len(par.lstrip(' '))
    body = par[lead:]
    mm = LEAD.match(PRIV.sub('', body))
    hang = len(mm.group(1)) if mm and len(mm.group(1)) <= 22 else 0
    if not hangon:
        hang = 0
    words = [w for w in body.split(' ') if w != '']
    lines = []
    cur = ' ' * lead + words[0]
    for w in words[1:]:
        if vlen(cur) + 1 + vlen(w) <= width:
            cur += ' ' + w
        else:
            lines.append(cur)
            cur = ' ' * (lead + hang) + w
    lines.append(cur)
    return lines


# ----------------------------------------------------------------- render

def render(c, version):
    expect = []
    body = apply_markup(c['body'], version, expect)
    lines = []
    for p in body.strip('\n').split('\n'):
        lines.extend(wrap(p, c.get('width', 104), c.get('hang', 1)))
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
        out.append(l)
    while out and out[-1] == '':
        out.pop()
    return out, labels, la, pairline, expect


def norm(s):
    return s.lower().replace('\u2019', "'").replace('\u00a0', ' ')


MANDATORY = {
    # crude keyword test of my own texts (not a scanner): each element of a
    # contract not labelled CTR-010 must be mentioned in some line
    'en': {
        'wage': r'(SAR|AED|QAR|KWD|OMR|USD|SGD|JOD|RM|HK\$|NT\$) ?[0-9][0-9,.]*.{0,150}(month|mth|monthly)|(month|monthly).{0,60}(SAR|AED|QAR|KWD|OMR|USD|SGD|JOD|RM|HK\$|NT\$) ?[0-9]',
        'hours': r'(hours|hrs)\b',
        'rest': r'(week|weekly|every (Sunday|Friday))',
        'return': r'(return|back|home).{0,40}(ticket|airfare|passage)|(ticket|airfare|passage).{0,60}(back|home|return|Manila|Colombo|Dhaka|Kathmandu|Nairobi|Entebbe|Yangon|Hanoi|Addis)',
        'complaint': r'(Ministry|Labour Department|Embassy|Consulate|MOHRE|HRSD|JTK|PAM|1955|MWO|MOM|Directorate|Public Authority)',
    },
    'id': {
        'wage': r'(SAR|SGD|RM|HK\$|NT\$) ?[0-9][0-9.]*.{0,60}(bulan|sebulan)',
        'hours': r'[Jj]am kerja',
        'rest': r'(minggu|Minggu)',
        'return': r'[Tt]iket pulang',
        'complaint': r'(JTK|KJRI|KBRI|KDEI|1955|Labour Department|HRSD|MOM|Crisis Center)',
    },
}


def missing_elements(lines, lang):
    text = ' '.join(l.strip() for l in lines)
    return [k for k, rx in MANDATORY[lang].items() if not re.search(rx, text, re.I)]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    outdir = args[0] if args else HERE
    tdir = os.path.join(outdir, 'texts')
    os.makedirs(tdir, exist_ok=True)
    ids = [c['id'] for c in CONTRACTS]
    assert ids == ['AD-%03d' % i for i in range(1, len(ids) + 1)], ids
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
            assert norm(kw[r_]) in norm(lines[ln - 1]), (cid, r_, ln, kw[r_], lines[ln - 1])
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
        else:
            assert not missing_elements(lines, c['lang']), (cid, missing_elements(lines, c['lang']))
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
                assert norm(pk) in norm(lines[pairline - 1]), (cid, pk)
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
