#!/usr/bin/env python3
"""Generator of the blind contract evaluation batch 20 (Z-001 .. Z-044).

Python 3 standard library only.  Every random choice comes from a
random.Random seeded with a string built from SEED, the contract id and a
purpose, so the output does not depend on PYTHONHASHSEED.

Labels come from construction: each abusive clause carries a private-use
marker (U+E000 + rule number) carried through assembly, wrapping and
pagination; the label is the line where the marker ends up.  Look-alikes
carry U+E100 + type (counted, never labelled); the changed term of an
origin/destination pair carries U+E0FF in both versions.

Usage: python3 make_set.py [outdir]      (default: this folder)
"""
import csv
import os
import random
import re
import sys

from specs import CONTRACTS, SEED, DEST, ORIG
from wording import POOLS

HERE = os.path.dirname(os.path.abspath(__file__))

AB = {'CTR-00%d' % n: chr(0xE000 + n) for n in range(1, 10)}
AB_INV = {v: k for k, v in AB.items()}
LA_INV = {chr(0xE100 + n): 'CTR-00%d' % n for n in range(1, 10)}
PAIRM = '\uE0FF'
FORCE = '\uE0FD'
PRIV = re.compile('[\uE000-\uE1FF]')
LEAD = re.compile(r'^((?:\[\d\d:\d\d:\d\d\] [A-Z]+:|\d+(?:\.\d+)*\.|\(\d+\)|'
                  r'[a-z]\.|[-*]|Row \d+ \|)\s+)')


def rng(cid, purpose):
    return random.Random('%s:%s:%s' % (SEED, cid, purpose))


def vlen(s):
    return len(PRIV.sub('', s))


# ---------------------------------------------------------------- wrapping

def wrap(par, width):
    """One paragraph -> lines.  '=' prefix: kept as is; '>N|' prefix:
    hanging indent N; otherwise the indent follows a leading label."""
    if par.startswith('='):
        return [par[1:]]
    if par.strip() == '':
        return ['']
    hang = None
    m = re.match(r'^>(\d+)\|', par)
    if m:
        hang = int(m.group(1))
        par = par[m.end():]
    lead = len(par) - len(par.lstrip(' '))
    body = par[lead:]
    if hang is None:
        mm = LEAD.match(PRIV.sub('', body))
        hang = len(mm.group(1)) if mm and len(mm.group(1)) <= 18 else 0
    words = body.split()
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


def mark(par, ch):
    if '^' in par:
        return par.replace('^', ch, 1)
    m = re.match(r'^(=|>\d+\|)?( *)', par)
    return par[:m.end()] + ch + par[m.end():]


def block(text, ch=None):
    """Entry text ('\\n' separates paragraphs) -> paragraphs, marker placed
    at '^' or at the start of the first paragraph."""
    text = text.replace('{PB}', FORCE)
    paras = text.split('\n')
    if ch is not None:
        idx = next((i for i, p in enumerate(paras) if '^' in p), 0)
        paras[idx] = mark(paras[idx], ch)
    return [p.replace('^', '') for p in paras]


# -------------------------------------------------------------- pagination

def paginate(lines, cid, footer, header):
    """Insert footers/headers every 40-50 lines (forced after a line with
    FORCE); footer(n, N) and header(n) give lists of lines."""
    r = rng(cid, 'page')
    forced = [i for i, l in enumerate(lines) if FORCE in l]
    cuts = []
    start = 0
    size = r.randint(40, 50)
    i = 0
    n = len(lines)
    while i < n:
        if i in forced:
            cuts.append(i + 1)
            start = i + 1
            size = r.randint(40, 50)
        elif i + 1 - start >= size and n - (i + 1) >= 6 and \
                not any(i < f <= i + 15 for f in forced):
            cuts.append(i + 1)
            start = i + 1
            size = r.randint(40, 50)
        i += 1
    pages = []
    prev = 0
    for c in cuts + [n]:
        pages.append(lines[prev:c])
        prev = c
    total = len(pages)
    out = []
    for k, pg in enumerate(pages, 1):
        out.extend(pg)
        out.extend(footer(k, total))
        if k < total:
            out.extend(header(k + 1))
    return out


# ---------------------------------------------------------------- helpers

def money(cur, amount, lang='en'):
    s = '{:,}'.format(amount)
    if lang == 'id':
        s = s.replace(',', '.')
    sym = {'HKD': 'HK$', 'TWD': 'NT$', 'MYR': 'RM'}.get(cur, cur)
    return '%s %s' % (sym, s)


def wage_text(c, version, lang='en'):
    """The wage as written, with the pair marker when the wage differs."""
    p = c.get('pair')
    w = c['wage']
    if p and p['field'] == 'wage':
        if version == 'dest':
            w = p['dest']
        return PAIRM + money(c['cur'], w, lang)
    return money(c['cur'], w, lang)


def assemble(c, version):
    """Return the raw paragraphs (with markers) and the paging setup."""
    builder = BUILDERS[c['reg']]
    return builder(c, version)


def entries(c):
    """Abusive entries, look-alike entries and decoys of a contract, each
    as (marker or None, entry dict)."""
    out = []
    for a in c.get('abuses', []):
        out.append((AB[a['r']], a))
    for t, e in c['_la']:
        out.append((chr(0xE100 + int(t[-1])), e))
    for d in c.get('decoys', []):
        out.append((None, d))
    return out


def shuffle_into(fixed, extra, r):
    """Keep the order of `fixed`, insert `extra` items at random places
    after the first len(fixed)//2 fixed items."""
    res = list(fixed)
    for e in extra:
        pos = r.randint(min(2, len(res)), len(res))
        res.insert(pos, e)
    return res


# ---------------------------------------------------------- register: R

def b_redline(c, version):
    d = DEST[c['dest']]
    o = ORIG[c['origin']]
    r = rng(c['id'], 'main')
    miss = c.get('missing', [])
    she = 'her' if c['sex'] == 'F' else 'his'
    head = [
        '=EMPLOYMENT CONTRACT - %s' % c['job'].upper(),
        '=Draft %d, exported with tracked changes from the document system of' % c.get('draft', 3),
        '=%s on %s.' % (c['agency'], c.get('exported', '9 January 2026')),
        '=Removed text: [deleted: ...] or ~~...~~   Added text: [inserted: ...] or {+...+}',
        '=Margin comments: "Comment [initials+no.]: ..." after the paragraph concerned',
        '',
        'This contract is made on %s between %s, %s (the Employer), and %s, '
        'a national of %s holding passport no. %s (the Employee), who was '
        'recruited through %s (the Agency).' % (
            c.get('signed', '12 January 2026'), c['employer'], c['emp_addr'],
            c['worker'], o['country'], c['passport'], c['agency']),
        '',
    ]
    mand = []
    mand.append('Position. The Employee is engaged as %s at %s, %s, %s.' % (
        c['job'], c['site'], c['city'], d['country']))
    mand.append('Term. [deleted: Twelve] [inserted: Twenty-four] months, '
                'counted from the day the Employee lands in %s.' % d['country'])
    slots = {}
    if 'wage' not in miss:
        slots['wage'] = ('Salary. The Employer pays %s per month [deleted: on '
                         'the last working day] {+not later than the %s day of the '
                         'next month+}, with a payslip showing each item.' % (
                             wage_text(c, version), c.get('payday', 'fifth')))
    if 'hours' not in miss:
        slots['hours'] = 'Hours. ' + d['hours_' + c['hk']]
    if 'rest' not in miss:
        slots['rest'] = ('Weekly rest. One rest day of twenty-four hours in a row every '
                         'week, normally on %s; work on that day only if the Employee '
                         'agrees, paid as overtime.' % d['restday'])
    if 'return' not in miss:
        slots['return'] = ('Return ticket. When the contract is completed, or if it ends '
                           'earlier for any reason, the Employer books and pays the '
                           'Employee\'s economy flight back to %s.' % o['airport'])
    if 'complaint' not in miss:
        slots['complaint'] = ('Assistance and grievances. The Employee may take any problem to '
                              '%s or to %s, and no action is taken '
                              'against %s for doing so.' % (d['auth_en'], o['mission_en'], 'the Employee'))
    rest = []
    for mk, e in entries(c):
        if e.get('replace'):
            slots[e['replace']] = (mk, e)
        else:
            rest.append((mk, e))
    for k in ('wage', 'hours', 'rest', 'return', 'complaint'):
        if k in slots:
            mand.append(slots[k])
    neutral = list(c.get('neutral') or NEUTRAL_R)
    r.shuffle(neutral)
    body = mand + neutral[:4]
    body = shuffle_into(body, rest, r)
    paras = list(head)
    for n, item in enumerate(body, 1):
        if isinstance(item, tuple):
            mk, e = item
            ps = block(e['t'], mk)
        else:
            ps = block(item)
        ps[0] = '%d. ' % n + ps[0].lstrip('=')
        for p in ps:
            paras.append(p)
        paras.append('')
    if c.get('pair'):
        paras.append('=' + version_line(c, version))
    paras += ['=Signed: ____________________      ____________________',
              '=        the Employer                the Employee',
              '=Witness for the Agency: ____________________']
    foot = lambda k, t: ['', 'Draft %d - tracked changes shown - page %d of %d' % (c.get('draft', 3), k, t)]
    hdr = lambda k: ['Contract draft - %s' % c['worker'], '']
    return paras, 76, (foot, hdr)


NEUTRAL_R = [
    'Medical care. The Employer meets the cost of medical and dental treatment '
    'while the Employee is in service, and keeps [inserted: valid] health insurance.',
    'Accommodation. A furnished room with a fan or air conditioning, a bed '
    'and clean bedding is provided free of charge.',
    'Food. Three meals a day are provided, or a food allowance is paid '
    '~~weekly~~ {+monthly+} with the salary.',
    'Annual leave. Fifteen days of paid leave for each completed year of service.',
    'Duties. The duties are those of the position named above; [deleted: any '
    'other tasks] tasks outside it are not assigned.',
    'Sick leave. Sick leave with full pay up to the limit set by the labour '
    'law of the host country. Comment [MT1]: check the number of days.',
]


def version_line(c, version):
    p = c['pair']
    if version == 'origin':
        return 'Version: signed in %s before departure, %s' % (p['ocity'], p['odate'])
    return 'Version: signed in %s after arrival, %s' % (p['dcity'], p['ddate'])


# ---------------------------------------------------------- register: E

LEGEND_E = [
    '=LEGEND',
    '=  Y / N        yes / no;  TRUE / FALSE  as Y / N',
    '=  EMP          the employer;  AGY  the agency;  WKR  the worker',
    '=  PRD          recovered by payroll deduction',
    '=  HLD          held by the party named until the contract ends',
    '=  DIR          paid directly to the worker',
    '=  NIL / 0      none',
    '=  fee rows     item; amount; payer; recovery',
]


def b_export(c, version):
    d = DEST[c['dest']]
    o = ORIG[c['origin']]
    r = rng(c['id'], 'main')
    miss = c.get('missing', [])
    sections = {
        'PARTIES': ['=employer_name: %s' % c['employer'],
                    '=employer_address: %s' % c['emp_addr'],
                    '=worker_name: %s' % c['worker'],
                    '=worker_nationality: %s' % c['origin'],
                    '=worker_passport_no: %s' % c['passport'],
                    '=agency_name: %s' % c['agency']],
        'JOB': ['=job_title: %s' % c['job'].upper().replace(' ', '_'),
                '=worksite: %s, %s, %s' % (c['site'], c['city'], c['dest']),
                '=contract_months: 24'],
        'PAY': [],
        'TIME': [],
        'TRAVEL': ['=outbound_ticket_paid_by: EMP'],
        'DOCUMENTS': [],
        'MEDICAL': [],
        'CONDUCT': [],
        'GRIEVANCE': [],
        'FEES': [],
        'NOTES': [],
    }
    if 'wage' not in miss:
        p = c.get('pair')
        if p and p['field'] == 'wage':
            wv = PAIRM + str(p['dest'] if version == 'dest' else c['wage'])
        else:
            wv = str(c['wage'])
        sections['PAY'].append('=basic_wage_monthly: ' + wv)
        sections['PAY'].append('=wage_currency: %s' % c['cur'])
    sections['PAY'].append('=pay_day: %s' % c.get('payday_n', 7))
    sections['PAY'].append('=payslip_issued: Y')
    if 'hours' not in miss:
        sections['TIME'].append('=normal_hours_per_day: %s' % d['h_day_' + c['hk']])
        sections['TIME'].append('=normal_hours_per_week: %s' % d['h_week_' + c['hk']])
    if 'rest' not in miss:
        sections['TIME'].append('=rest_days_per_week: 1')
        sections['TIME'].append('=rest_day: %s' % d['restday'].upper())
    sections['TIME'].append('=annual_leave_days: 14')
    if 'return' not in miss:
        sections['TRAVEL'].append('=return_ticket_paid_by: EMP')
        sections['TRAVEL'].append('=return_ticket_on_early_end: EMP')
    if 'complaint' not in miss:
        sections['GRIEVANCE'].append('>4|complaint_channel_1: %s' % d['auth_code'])
        sections['GRIEVANCE'].append('>4|complaint_channel_2: %s' % o['mission_code'])
    sections['NOTES'].append('>4|housing: EMP_PROVIDED; meals: %s; medical_cover: EMP' % (
        'EMP_PROVIDED' if c['hk'] == 'dom' else 'CANTEEN_SUBSIDISED'))
    for mk, e in entries(c):
        sec = e.get('sec', 'NOTES')
        ps = block(e['t'], mk)
        if e.get('replace'):
            # the entry replaces mandatory fields (all lines starting with key)
            key = e['replace']
            lst = sections[sec]
            idx = [i for i, p in enumerate(lst) if p.startswith('=' + key)]
            assert idx, (c['id'], key)
            for i in reversed(idx[1:]):
                del lst[i]
            lst[idx[0]:idx[0] + 1] = ps
        else:
            lst = sections[sec]
            pos = r.randint(0, len(lst))
            lst[pos:pos] = ps
    if sections['FEES']:
        sections['FEES'].insert(0, '=fee_records: item; amount; payer; recovery')
    paras = ['=%s - CONTRACT TERMS EXPORT' % c['system'],
             '=record_type: EMPLOYMENT_CONTRACT; record_id: %s; status: %s' % (
                 c['record'], c.get('status', 'APPROVED')),
             '=exported_by: %s; exported_at: %s' % (c['exporter'], c.get('exported', '2026-01-14T09:22:05+08:00')),
             '']
    if c.get('pair'):
        paras.append('=version_note: ' + version_line(c, version).replace('Version: ', ''))
        paras.append('')
    paras += LEGEND_E + ['']
    for sec in ('PARTIES', 'JOB', 'PAY', 'TIME', 'TRAVEL', 'DOCUMENTS', 'FEES', 'MEDICAL', 'CONDUCT',
                'GRIEVANCE', 'NOTES'):
        if not sections[sec]:
            continue
        paras.append('=[%s]' % sec)
        paras.extend(sections[sec])
        paras.append('')
    paras.append('=-- end of record %s --' % c['record'])
    foot = lambda k, t: ['', '%s  export %s  page %d/%d' % (c['system'], c['record'], k, t)]
    hdr = lambda k: ['%s (continued)' % c['record'], '']
    return paras, 78, (foot, hdr)


# ---------------------------------------------------------- register: T

def b_transcript(c, version):
    d = DEST[c['dest']]
    o = ORIG[c['origin']]
    r = rng(c['id'], 'main')
    miss = c.get('missing', [])
    turns_fixed = []
    turns_fixed.append(c['t_open'])
    if 'wage' not in miss:
        turns_fixed.append(c['t_wage'])
    if 'hours' not in miss:
        turns_fixed.append(c['t_hours'])
    if 'rest' not in miss:
        turns_fixed.append(c['t_rest'])
    if 'return' not in miss:
        turns_fixed.append(c['t_return'])
    if 'complaint' not in miss:
        turns_fixed.append(c['t_complaint'])
    extra = []
    for mk, e in entries(c):
        extra.append((mk, e))
    ex = list(c.get('t_neutral', []))
    body = turns_fixed[:1] + shuffle_into(turns_fixed[1:] + ex, extra, r)
    body.append(c['t_close'])
    paras = ['=TRANSCRIPT OF A RECORDED %s' % c['t_kind'].upper(),
             '=Reference: %s' % c['record'],
             '>2|' + c['t_recorded'],
             '>2|' + c['t_speakers'],
             '>2|Transcribed word for word: [inaudible], [laughs] and [crosstalk] '
             'as heard; "--" marks a turn cut off.',
             '']
    secs = 5
    for item in body:
        if isinstance(item, tuple):
            mk, e = item
            ps = block(e['t'], mk)
        else:
            ps = block(item)
        for p in ps:
            secs += r.randint(6, 41)
            ts = '[%02d:%02d:%02d] ' % (secs // 3600, (secs // 60) % 60, secs % 60)
            if p and p[0] in AB_INV or (p and p[0] in LA_INV):
                p = p[0] + ts + p[1:]
            else:
                p = ts + p
            paras.append(p)
    paras.append('')
    paras.append("=%s" % c.get('t_note_title', "INSPECTOR'S NOTE"))
    paras.append(c['t_summary'])
    spk = c['spk']
    paras = [p.replace('{A}', spk['A']).replace('{W}', spk['W']).replace('{I}', spk['I'])
             for p in paras]
    return paras, 76, None


# ---------------------------------------------------------- register: C

def b_codeswitch(c, version):
    r = rng(c['id'], 'main')
    miss = c.get('missing', [])
    slots = {k: c['c_' + k] for k in ('wage', 'hours', 'rest', 'return', 'complaint')
             if k not in miss}
    rest = []
    for mk, e in entries(c):
        if e.get('replace'):
            slots[e['replace']] = (mk, e)
        else:
            rest.append((mk, e))
    mand = list(c['c_first'])
    for k in ('wage', 'hours', 'rest', 'return', 'complaint'):
        if k in slots:
            mand.append(slots[k])
    neutral = list(c.get('c_neutral', []))
    body = shuffle_into(mand + neutral, rest, r)
    paras = list(c['c_head'])
    for n, item in enumerate(body, 1):
        if isinstance(item, tuple):
            mk, e = item
            ps = block(e['t'], mk)
        else:
            ps = block(item)
        ps[0] = '%d. ' % n + ps[0]
        paras.extend(ps)
        paras.append('')
    paras.extend(c['c_tail'])
    foot = lambda k, t: ['', '%s - page %d of %d - initials: ______' % (c['record'], k, t)]
    hdr = lambda k: [c['agency'].upper(), '']
    return paras, 74, (foot, hdr)


# ---------------------------------------------------------- register: F

def b_reference(c, version):
    d = DEST[c['dest']]
    o = ORIG[c['origin']]
    r = rng(c['id'], 'main')
    miss = c.get('missing', [])
    order = ('A', 'B', 'C', 'D', 'T3')
    sched = {k: [] for k in order}
    titles = {'A': 'SCHEDULE A - ENGAGEMENT AND PAY',
              'B': 'SCHEDULE B - WORKING TIME',
              'C': 'SCHEDULE C - TRAVEL, DOCUMENTS AND WELFARE',
              'D': ('SCHEDULE D - CONDUCT, GRIEVANCES AND TERMINATION' if 'complaint' not in miss
                    else 'SCHEDULE D - CONDUCT AND TERMINATION'),
              'T3': 'TABLE 3 - DEDUCTIONS FROM PAY (clause 2.1)'}
    name = {'A': 'Schedule A', 'B': 'Schedule B', 'C': 'Schedule C', 'D': 'Schedule D',
            'T3': 'Table 3'}
    sched['A'] += [('pos', 'Position | %s, %s' % (c['job'], c['site'])),
                   ('dur', 'Duration | 24 months from arrival in %s' % d['country'])]
    if 'wage' not in miss:
        sched['A'].append(('wage', 'Basic monthly salary | ' + wage_text(c, version)))
    sched['A'].append(('pay', 'Pay date and method | by the %s of the following month, '
                              'by transfer, with an itemised payslip' % c.get('payday', '7th')))
    if 'hours' not in miss:
        htxt = d['hrow_' + c['hk']]
        p = c.get('pair')
        if p and p['field'] == 'hours':
            htxt = PAIRM + (p['dest'] if version == 'dest' else p['origin'])
        sched['B'].append(('hours', 'Normal hours | ' + htxt))
    if 'rest' not in miss:
        sched['B'].append(('rest', 'Weekly rest | a full 24-hour day off every week (%s)'
                           % d['restday']))
    sched['B'].append(('ot', 'Overtime | %s' % ('paid at 125% of the hourly rate' if c['hk'] == 'co'
                                                else 'by agreement, paid at 1.5 times the hourly rate')))
    sched['C'].append(('out', 'Outward ticket | paid by the Employer'))
    if 'return' not in miss:
        sched['C'].append(('ret', 'Return ticket | economy, paid by the Employer on completion '
                                  'or on earlier termination for any reason'))
    sched['C'].append(('house', 'Housing and meals | free, provided by the Employer'))
    if 'complaint' not in miss:
        sched['D'].append(('griev', 'Grievances | the Employee may apply to %s or to %s'
                           % (d['auth_en'], o['mission_en'])))
    sched['D'].append(('leave', 'Annual leave | 21 days with pay per year of service'))
    body_extra = []
    for ei, (mk, e) in enumerate(entries(c)):
        rows = e.get('rows', [])
        marked = False
        bt0 = e.get('body', e.get('t'))
        if rows and not bt0 and not any('^' in t for _, t in rows):
            rows = [(rows[0][0], '^' + rows[0][1])] + list(rows[1:])
        for i, (s, txt) in enumerate(rows):
            key = 'e%d-%d' % (ei, i)
            t = txt
            if mk is not None and '^' in txt:
                t = mark(txt, mk)
                marked = True
            t = t.replace('^', '')
            if e.get('replace') and i == 0:
                lst = sched[s]
                j = next(j for j, (k, _) in enumerate(lst) if k == e['replace'])
                lst[j] = (e['replace'], t)
                continue
            lst = sched[s]
            pos = r.randint(min(1, len(lst)), len(lst))
            lst.insert(pos, (key, t))
        bt = e.get('body', e.get('t'))
        if bt:
            if mk is not None and not marked:
                bt = mark(bt, mk)
            body_extra.append((ei, bt.replace('^', '')))
        else:
            assert marked or mk is None, c['id']
    if not sched['T3']:
        sched['T3'].append(('nil', 'none | - | -'))

    def ref(key):
        for s in order:
            for i, (k, _) in enumerate(sched[s], 1):
                if k == key:
                    return '%s row %d' % (name[s], i)
        raise KeyError((c['id'], key))

    items = [(None, t) for t in c.get('f_neutral', [])] + body_extra
    r.shuffle(items)
    clause_no = {}
    for n, (ei, t) in enumerate(items, 1):
        if ei is not None:
            clause_no[ei] = '6.%d' % n

    def fill(txt):
        txt = re.sub(r'\{ROW(\d)\}@(\d+)', lambda m: ref('e%s-%s' % (m.group(2), m.group(1))), txt)
        txt = re.sub(r'\{CL\}@(\d+)', lambda m: clause_no[int(m.group(1))], txt)
        txt = re.sub(r'\{REF:(\w+)\}', lambda m: ref(m.group(1)), txt)
        return txt

    def tag(txt, ei):
        return re.sub(r'\{(ROW\d|CL)\}', lambda m: '{%s}@%d' % (m.group(1), ei), txt)

    # tag the placeholders of each entry with its index
    for s in order:
        sched[s] = [(k, tag(t, int(k[1:].split('-')[0])) if re.match(r'e\d+-', k) else t)
                    for k, t in sched[s]]
    for i, (ei, t) in enumerate(items):
        if ei is not None:
            items[i] = (ei, tag(t, ei))
    # the replaced rows keep a mandatory key: tag them with their entry
    for ei, (mk, e) in enumerate(entries(c)):
        if e.get('replace'):
            for s in order:
                sched[s] = [(k, tag(t, ei) if k == e['replace'] else t) for k, t in sched[s]]

    body = []
    body.append('1. ENGAGEMENT')
    body.append('1.1 The Employer engages the Employee on the terms of this Contract and of '
                'Schedules A to D and Table 3, which form part of it; a term given by '
                'reference has the same force as one written out here.')
    body.append('1.2 Position and place of work: %s. Duration: %s.' % (ref('pos'), ref('dur')))
    body.append('2. PAY')
    if 'wage' not in miss:
        body.append('2.1 The monthly salary is the amount in %s, less the amounts listed '
                    'in Table 3.' % ref('wage'))
    else:
        body.append('2.1 Deductions from pay are those listed in Table 3.')
    body.append('2.2 Pay date and method: %s.' % ref('pay'))
    body.append('3. WORKING TIME')
    lst = []
    if 'hours' not in miss:
        lst.append('normal hours, %s' % ref('hours'))
    if 'rest' not in miss:
        lst.append('weekly rest, %s' % ref('rest'))
    lst.append('overtime, %s' % ref('ot'))
    body.append('3.1 Working time: ' + '; '.join(lst) + '.')
    body.append('4. TRAVEL AND WELFARE')
    lst = ['outward travel, %s' % ref('out')]
    if 'return' not in miss:
        lst.append('return travel, %s' % ref('ret'))
    lst.append('housing and meals, %s' % ref('house'))
    body.append('4.1 Travel and welfare: ' + '; '.join(lst) + '.')
    body.append('5. CONDUCT, GRIEVANCES AND TERMINATION' if 'complaint' not in miss
                else '5. CONDUCT AND LEAVE')
    if 'complaint' not in miss:
        body.append('5.1 Grievances: %s.' % ref('griev'))
    body.append('5.%d Annual leave: %s.' % (1 if 'complaint' in miss else 2, ref('leave')))
    if items:
        body.append('6. FURTHER TERMS')
        for n, (ei, t) in enumerate(items, 1):
            body.append('6.%d %s' % (n, fill(t)))
    paras = ['=CONTRACT OF EMPLOYMENT No. %s' % c['record'],
             '=with Schedules A to D and Table 3',
             '']
    if c.get('pair'):
        paras.append('=' + version_line(c, version))
        paras.append('')
    paras.append('Between %s, %s ("the Employer"), and %s, %s national, passport no. %s '
                 '("the Employee"), recruited through %s.' % (
                     c['employer'], c['emp_addr'], c['worker'], o['adj'], c['passport'], c['agency']))
    for b in body:
        if re.match(r'^\d\. ', b):
            paras.append('')
            paras.append('=' + b)
        else:
            paras.append(b)
    for s in order:
        paras.append('')
        paras.append('=' + titles[s])
        paras.append('=Row | item | amount | months' if s == 'T3' else '=Row | item | value')
        for i, (k, t) in enumerate(sched[s], 1):
            paras.append('>8|Row %d | %s' % (i, fill(t)))
    paras += ['', '=Signed for the Employer: ______________   Signed by the Employee: ______________']
    foot = lambda k, t: ['', 'Contract %s - page %d of %d' % (c['record'], k, t)]
    hdr = lambda k: ['%s - %s' % (c['employer'], c['record']), '']
    return paras, 76, (foot, hdr)


# ---------------------------------------------------------- register: A (adendum)

def b_adendum(c, version):
    r = rng(c['id'], 'main')
    miss = c.get('missing', [])
    paras = list(c['a_head'])
    if c.get('pair'):
        p = c['pair']
        if version == 'origin':
            paras.append('=Naskah: ditandatangani di %s sebelum keberangkatan, %s' % (p['ocity'], p['odate']))
        else:
            paras.append('=Naskah: ditandatangani di %s setelah kedatangan, %s' % (p['dcity'], p['ddate']))
        paras.append('')
    changed = []   # items of the changed articles
    kept = []
    for mk, e in entries(c):
        (changed if e.get('sec') == 'ubah' else kept).append((mk, e))
    # Pasal 1: the changed article
    paras.append('=Pasal 1')
    paras.extend(c['a_intro'])
    ayat = list(c['a_ubah'])
    ayat = shuffle_into(ayat, changed, r) if changed else ayat
    n = 0
    for item in ayat:
        n += 1
        if isinstance(item, tuple):
            mk, e = item
            ps = block(e['t'], mk)
        else:
            ps = block(item)
        ps[0] = '    (%d) ' % n + ps[0]
        ps = ['>4|' + x if not x.startswith(('=', '>')) else x for x in ps]
        paras.extend(ps)
    paras[-1] = paras[-1] + '"'
    paras.append('')
    paras.append('=Pasal 2')
    paras.append(c['a_kept_intro'])
    keep = []
    for k in ('wage', 'hours', 'rest', 'return', 'complaint'):
        if k in miss:
            continue
        t = c['a_' + k]
        if k == 'wage':
            t = t.replace('{WAGE}', wage_text(c, version, 'id'))
        keep.append(t)
    keep = shuffle_into(keep + list(c.get('a_neutral', [])), kept, r)
    for i, item in enumerate(keep):
        letter = 'abcdefghijklmnop'[i]
        if isinstance(item, tuple):
            mk, e = item
            ps = block(e['t'], mk)
        else:
            ps = block(item)
        ps[0] = '%s. ' % letter + ps[0]
        if i == len(keep) - 1 and ps[-1].endswith(';'):
            ps[-1] = ps[-1][:-1] + '.'
        paras.extend(ps)
    paras.append('')
    paras.extend(c['a_tail'])
    foot = lambda k, t: ['', 'Adendum I %s - hlm. %d dari %d - paraf: ____ ____' % (c['record'], k, t)]
    hdr = lambda k: [c['agency'].upper(), '']
    return paras, 74, (foot, hdr)


# ---------------------------------------------------------- register: W (WhatsApp)

def b_whatsapp(c, version):
    r = rng(c['id'], 'main')
    msgs = list(c['w_msgs'])   # fixed messages with placeholders {TERMS}
    extra = [(mk, e) for mk, e in entries(c)]
    # terms message: a list
    terms = [t for k, t in c['w_terms'] if k not in c.get('missing', [])]
    body = []
    for m in msgs:
        if m == '{TERMS}':
            body.append('\n'.join(terms))
        elif m == '{EXTRA}':
            body.extend(shuffle_into(list(c.get('w_neutral', [])), extra, r))
        else:
            body.append(m)
    paras = ['=%s' % c['w_title'], '=%s' % c['w_sub'], '']
    mins = 8 * 60 + r.randint(0, 30)
    day = c['w_day']
    for item in body:
        if isinstance(item, tuple):
            mk, e = item
            ps = block(e['t'], mk)
        else:
            ps = block(item)
        for j, p in enumerate(ps):
            bare = PRIV.sub('', p)
            if j == 0 or bare.startswith('@'):
                mins += r.randint(1, 23)
                if mins >= 21 * 60:
                    mins = 8 * 60 + r.randint(0, 40)
                    day += 1
                stamp = '[%02d/01/26 %02d.%02d] ' % (day, mins // 60, mins % 60)
                if bare.startswith('@'):
                    p = p.replace('@', '', 1)
                else:
                    p = c['w_admin'] + ': ' + p
                if p and (p[0] in AB_INV or p[0] in LA_INV):
                    p = p[0] + stamp + p[1:]
                else:
                    p = stamp + p
            paras.append('>0|' + p)
    return paras, 72, None


# ---------------------------------------------------------- register: K (keterangan)

def b_keterangan(c, version):
    r = rng(c['id'], 'main')
    miss = c.get('missing', [])
    paras = list(c['k_head'])
    items = [(None, {'t': c['k_' + k][0], 'en': c['k_' + k][1]})
             for k in ('wage', 'hours', 'rest', 'return', 'complaint') if k not in miss]
    items += [(None, {'t': a, 'en': b}) for a, b in c.get('k_neutral', [])]
    extra = entries(c)
    items = shuffle_into(items[:1], [], r) + shuffle_into(items[1:], extra, r)
    for n, item in enumerate(items, 1):
        mk, e = item
        idt, ent = e['t'], e['en']
        ps = block(idt, mk)
        ps[0] = '%d. ' % n + ps[0]
        paras.extend(ps)
        paras.append('>1|   /' + ent.lstrip())
    paras.append('')
    paras.extend(c['k_tail'])
    foot = lambda k, t: ['', '%s - Hal./Page %d/%d' % (c['record'], k, t)]
    hdr = lambda k: [c['k_letter'], '']
    return paras, 74, (foot, hdr)


BUILDERS = {'redline': b_redline, 'export': b_export, 'transcript': b_transcript,
            'codeswitch': b_codeswitch, 'reference': b_reference,
            'adendum': b_adendum, 'whatsapp': b_whatsapp, 'keterangan': b_keterangan}


# ------------------------------------------------------ look-alike choice

def choose_lookalikes(contracts):
    """Pick look-alike types and wordings for the English contracts
    (the Indonesian ones carry theirs in specs.py)."""
    use_reg = {}
    use_glob = {}
    use_var = {}
    for c in contracts:
        if c['lang'] == 'id' or c.get('la_given'):
            c['_la'] = [(t, e) for t, e in c['la_given']] if c.get('la_given') else []
            continue
        k = {'abuse': 2, 'clean': 6, 'ctr010': 2, 'pair': 2, 'pair_eq': 2}[c['role']]
        own = {a['r'] for a in c.get('abuses', [])}
        elig = []
        for n in range(1, 10):
            t = 'CTR-00%d' % n
            if t in own:
                continue
            if t in ('CTR-005', 'CTR-006') and (c['sex'] != 'F' or c['dest'] == 'SG'):
                continue
            if set(BLOCKS.get(t, ())) & set(c.get('missing', [])):
                continue
            if t in c.get('la_avoid', ()):
                continue
            elig.append(t)
        r = rng(c['id'], 'look')
        pool_key = c['reg'] if c['reg'] != 'codeswitch' else 'codeswitch-' + c['origin']
        scored = sorted(elig, key=lambda t: (use_reg.get((pool_key, t), 0),
                                             use_glob.get(t, 0), r.random()))
        chosen = []
        for t in scored:
            if len(chosen) == k:
                break
            variants = POOLS[pool_key].get(t, [])
            free = [i for i in range(len(variants)) if use_var.get((pool_key, t, i), 0) < 2]
            if not free:
                continue
            chosen.append(t)
        assert len(chosen) == k, (c['id'], chosen, elig)
        la = []
        for t in sorted(chosen):
            variants = POOLS[pool_key][t]
            i = min(range(len(variants)), key=lambda i: (use_var.get((pool_key, t, i), 0), i))
            use_var[(pool_key, t, i)] = use_var.get((pool_key, t, i), 0) + 1
            assert use_var[(pool_key, t, i)] <= 2
            use_reg[(pool_key, t)] = use_reg.get((pool_key, t), 0) + 1
            use_glob[t] = use_glob.get(t, 0) + 1
            e = variants[i]
            if isinstance(e, str):
                e = {'t': e}
            la.append((t, dict(e)))
        c['_la'] = la


# a look-alike type that would touch a missing element
BLOCKS = {'CTR-004': ('hours', 'rest'), 'CTR-009': ('complaint',),
          'CTR-007': ('wage',), 'CTR-002': ('wage',), 'CTR-003': ('return',)}


# ----------------------------------------------------------------- render

def render(c, version):
    paras, width, paging = assemble(c, version)
    lines = []
    for p in paras:
        lines.extend(wrap(p, width))
    if paging and not CLEAN:
        foot, hdr = paging
        lines = paginate(lines, c['id'], foot, hdr)
    labels = []
    la = []
    pairline = None
    out = []
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
    return out, labels, la, pairline


CLEAN = '--clean' in sys.argv


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    outdir = args[0] if args else HERE
    if CLEAN and not args:
        sys.exit('--clean needs an output folder')
    tdir = os.path.join(outdir, 'texts')
    os.makedirs(tdir, exist_ok=True)
    contracts = CONTRACTS
    choose_lookalikes(contracts)
    lab_rows = []
    con_rows = []
    comp_rows = []
    report = []
    for c in contracts:
        cid = c['id']
        versions = ['dest']
        if c.get('pair'):
            versions = ['origin', 'dest']
        res = {}
        for v in versions:
            res[v] = render(c, v)
        lines, labels, la, pairline = res['dest']
        # checks
        want = [a['r'] for a in c.get('abuses', [])]
        got = [r_ for r_, _ in labels]
        assert sorted(want) == sorted(got), (cid, want, got)
        assert len(set(ln for _, ln in labels)) == len(labels), (cid, labels)
        la_want = sorted(t for t, _ in c['_la'])
        assert sorted(la) == la_want, (cid, la, la_want)
        own = set(want)
        assert not (own & set(la)), cid
        if c['sex'] != 'F' or c['dest'] == 'SG':
            assert not ({'CTR-005', 'CTR-006'} & (own | set(la))), cid
        with open(os.path.join(tdir, cid + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(lines) + '\n')
        if c.get('pair'):
            olines = res['origin'][0]
            assert len(olines) == len(lines), (cid, len(olines), len(lines))
            with open(os.path.join(tdir, cid + '.origin.txt'), 'w', encoding='utf-8', newline='\n') as f:
                f.write('\n'.join(olines) + '\n')
            diff = [(i + 1, a, b) for i, (a, b) in enumerate(zip(olines, lines)) if a != b]
            report.append('%s pair diff:' % cid)
            for i, a, b in diff:
                report.append('  %d: %s\n  %d> %s' % (i, a, i, b))
            assert res['origin'][3] == pairline
        labels.sort(key=lambda x: x[1])
        for rule, ln in labels:
            lab_rows.append([cid, c['lang'], rule, ln])
            report.append('%s %s line %d:\n    %s\n  > %s' % (cid, rule, ln, lines[ln - 2] if ln > 1 else '', lines[ln - 1]))
        if c['role'] == 'ctr010':
            lab_rows.append([cid, c['lang'], 'CTR-010', ''])
        if c['role'] == 'pair':
            lab_rows.append([cid, c['lang'], 'CTR-011', pairline])
            report.append('%s CTR-011 line %d: %s' % (cid, pairline, lines[pairline - 1]))
        con_rows.append([cid, c['lang'], c['wage'], c['cur']])
        if c['role'] == 'abuse':
            detail = ' '.join(r_ for r_, _ in labels)
        elif c['role'] == 'ctr010':
            detail = ' '.join(c['missing'])
        elif c['role'] in ('pair', 'pair_eq'):
            detail = c['pair']['field'] if c['role'] == 'pair' else 'none'
        else:
            detail = ''
        role = {'pair_eq': 'pair'}.get(c['role'], c['role'])
        comp_rows.append([cid, c['lang'], role, c['sector'], c['dest'], c['origin'], detail,
                          ' '.join(la_want), c['pov'], c['numbering'], c.get('caps', 0),
                          c.get('typographic', 0), 0, c['schedule'], c.get('definitions', 0),
                          c.get('bilingual', 0), len(lines)])
        report.append('%s look-alikes: %s' % (cid, ' '.join(la_want)))
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
    print('\n'.join(report))


if __name__ == '__main__':
    main()
