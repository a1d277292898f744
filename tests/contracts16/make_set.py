#!/usr/bin/env python3
"""Generate contract evaluation batch 16 (V-001 .. V-040).

    python3 make_set.py [outdir]      (default: this folder)

Python 3 standard library only; fixed seed; every random choice comes from
a random.Random seeded with a string, so the output does not depend on
PYTHONHASHSEED.  Labels come from construction: each abusive clause
carries a private-use marker through wrapping, numbering, tables, message
layout, page footers, typographic quotes and upper-casing; its label line is
the line where the marker ends up.  Prints a report (every label line with
the line before it, pair diffs, line counts, look-alike use).
"""

import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import (place_marker, typographic, add_footers, extract_labels,
                  PAIRMARK, MARK0)
from frames import FRAMES
from places import DEST, ORIG, embassy, embassy_id
from specs import SPECS
from wording import V as LOOKALIKES

SEED = 20261616
RULES = ['CTR-%03d' % i for i in range(1, 10)]
ELEMENTS = ['wage', 'hours', 'rest', 'return', 'complaint']
MONTHS_ID = {'January': 'Januari', 'February': 'Februari', 'March': 'Maret',
             'December': 'Desember'}

VOICES = {'B': ['broken'], 'T': ['msg'], 'C': ['cond'], 'L': ['bi'],
          'K': ['costs', 'docs', 'time', 'pay', 'check'],
          'idC': ['id'], 'idT': ['id'], 'idK': ['id']}
SLOT_OF_TYPE = {'CTR-001': 'docs', 'CTR-002': 'wage',
                'CTR-003': 'termination', 'CTR-004': 'rest',
                'CTR-005': 'medical', 'CTR-006': 'other', 'CTR-007': 'wage',
                'CTR-008': 'termination', 'CTR-009': 'complaint'}
FOOTERS = {
    'B': 'Page {p} of {n}     Employeer sign: ______    Worker sign: ______',
    'T': 'Contract {ref}  -  page {p}/{n}',
    'C': 'Page {p} of {n}  |  Initials: Employer ____  Worker ____',
    'L': 'Halaman / Page {p} / {n}     Paraf / Initials: ______  ______',
    'K': '{ref}     page {p} of {n}',
    'id': 'Halaman {p} dari {n}     Paraf: ______  ______',
}
FOOD = {'QA': 'QAR 300', 'OM': 'OMR 20', 'BH': 'BHD 20', 'AE': 'AED 300',
        'SA': 'SAR 300', 'MY': 'RM150', 'TW': 'NT$2,500', 'SG': 'S$150',
        'KW': 'KWD 15', 'JO': 'JOD 30', 'LB': 'USD 40', 'HK': 'HK$1,236'}
FOOD_ID = {'MY': 'RM 150', 'TW': 'NT$ 2.500'}
LEAVE = {'SA': 21, 'AE': 30, 'QA': 21, 'KW': 30, 'OM': 30, 'BH': 30,
         'JO': 14, 'LB': 15, 'HK': 7, 'SG': 7, 'MY': 8, 'TW': 7}
WEEKHOURS = {'MY': 45, 'TW': 40, 'SG': 44}
PP_PREFIX = {'ET': 'EP', 'PH': 'P', 'NP': 'PA', 'ID': 'X', 'BD': 'A',
             'IN': 'W', 'LK': 'N', 'PK': 'AB', 'KE': 'AK', 'MM': 'MH',
             'UG': 'A00', 'VN': 'C', 'GH': 'G'}
DATES = ['8 December 2025', '15 December 2025', '19 December 2025',
         '6 January 2026', '9 January 2026', '12 January 2026',
         '16 January 2026', '20 January 2026', '22 January 2026']
PAIR_DATES = ('14 January 2026', '2 March 2026')


def date_id(d):
    day, mon, year = d.split()
    return '%s %s %s' % (day, MONTHS_ID[mon], year)


def household(s):
    return s['sector'] in ('domestic', 'care')


def cap(x):
    return x[0].upper() + x[1:]


def params(s):
    rng = random.Random('%d/%s/style' % (SEED, s['cid']))
    d = DEST[s['dest']]
    o = ORIG[s['origin']]
    P = {}
    P['cid'] = s['cid']
    P['width'] = rng.randint(68, 78)
    P['mwidth'] = rng.randint(52, 62)
    reg = s['reg']
    P['numbering'] = {'B': rng.choice(['paren', 'article-colon']),
                      'C': rng.choice(['clause', 'article']),
                      'T': 'dotted', 'L': 'dotted', 'K': 'dotted',
                      'idC': 'pasal', 'idT': 'pasal',
                      'idK': 'pasal'}[reg]
    P['date'] = rng.choice(DATES)
    if s.get('date'):
        P['date'] = s['date']
    if s['role'] == 'pair':
        P['date'] = PAIR_DATES[0]
    P['date_id'] = date_id(P['date'])
    P['date2'] = P['date']
    P['date2_id'] = P['date_id']
    P['brief_date'] = P['date']
    P['brief_date_id'] = P['date_id']
    P['pp'] = PP_PREFIX[s['origin']] + str(rng.randint(10 ** 6, 10 ** 7 - 1))
    P['licence'] = '%s-%04d/%d' % (s['origin'], rng.randint(100, 9999),
                                   rng.choice([2019, 2021, 2023, 2024]))
    P['ref'] = '%s/%s/%04d' % (s['dest'], s['origin'], rng.randint(1000,
                                                                  9999))
    for k in ('worker', 'employer', 'address', 'agency', 'agency_city',
              'city', 'job'):
        P[k] = s.get(k, '')
    P['sign_city'] = s['agency_city']
    P['airport'] = s.get('airport', s['city'])
    P['sign_city2'] = P['sign_city']
    P['country'] = d['country']
    P['country_id'] = d['country_id']
    P['authority'] = d['authority']
    P['authority_id'] = d['authority_id']
    P['restday'] = d['restday']
    P['restday_id'] = d['restday_id']
    P['embassy'] = embassy(s['origin'], s['dest'])
    P['embassy_id'] = embassy_id(s['origin'], s['dest'])
    P['origin_city'] = o['city']
    P['adj'] = o['adj']
    P['wage'] = s.get('wage_text', '')
    P['wage_words'] = s.get('wage_words', '')
    P['wage_id'] = s.get('wage_id', '')
    P['dur'] = 36 if s['dest'] == 'TW' or s['cid'] == 'V-010' else 24
    P['payday'] = '7th'
    P['payday_n'] = '7'
    P['leave'] = LEAVE[s['dest']]
    P['food'] = FOOD[s['dest']]
    P['food_id'] = FOOD_ID.get(s['dest'], '')
    P['agency_local'] = s.get('agency_local', '')
    P['site'] = s.get('site', '')
    P['job_id'] = s.get('job_id', '')
    P['job_cap'] = P['job'].upper()
    P['job_first'] = cap(P['job']) if P['job'] else ''
    P['job_id_first'] = cap(P['job_id']) if P['job_id'] else ''
    P['country_bare'] = cap(d['country'].replace('the ', ''))
    P['job_id_cap'] = P['job_id'].upper()
    if household(s):
        P['h'], P['hw'], P['nr'] = 10, '', 10
        P['start'], P['end'] = '7.00 a.m.', '9.00 p.m.'
        P['start_id'], P['end_id'] = '07.00', '21.00'
    else:
        P['h'], P['hw'], P['nr'] = 8, WEEKHOURS.get(s['dest'], 48), ''
        P['start'] = P['end'] = P['start_id'] = P['end_id'] = ''
    roles = s.get('roles') or (('the Employer', 'the Worker') if household(s)
                               else ('the Company', 'the Worker'))
    if s['cid'] in ('V-004', 'V-012', 'V-028'):
        roles = ('the Employer', 'the Helper')
    if s['cid'] in ('V-005', 'V-036'):
        roles = ('the Employer', 'the Caregiver')
    P['E_role'], P['W_role'] = roles
    P['E'], P['W'] = roles
    P['E0'], P['W0'] = cap(roles[0]), cap(roles[1])
    P['E_role_bare'] = roles[0].split()[-1]
    P['W_role_bare'] = roles[1].split()[-1]
    rid = s.get('roles_id') or (('Pemberi Kerja', 'Pekerja') if household(s)
                                else ('Perusahaan', 'Pekerja'))
    if s['cid'] == 'V-036':
        rid = ('Pemberi Kerja', 'Perawat')
    P['E_role_id'], P['W_role_id'] = rid
    P['E_id'] = P['E0_id'] = rid[0]
    P['W_id'] = P['W0_id'] = rid[1]
    P['site_id'] = s.get('site_id') or 'rumah %s di %s' % (rid[0], s['city'])
    if s['sex'] == 'F':
        P.update(she='she', She='She', her='her', Her='Her', her_o='her',
                 hers='hers', himherself='herself')
    else:
        P.update(she='he', She='He', her='his', Her='His', her_o='him',
                 hers='his', himherself='himself')
    P['E_short'] = s.get('E_short', P['E0'])
    if s['lang'] == 'en':
        P['lang_note'] = (
            "Each clause of this contract is written in English and "
            "followed by its Indonesian translation.",
            "Setiap pasal perjanjian ini ditulis dalam bahasa Inggris dan "
            "diikuti terjemahannya dalam bahasa Indonesia.")
    else:
        P['lang_note'] = (
            "This contract is made in English and Indonesian; {W} signs "
            "the Indonesian text, which is the binding one.",
            "Perjanjian ini dibuat dalam bahasa Inggris dan bahasa "
            "Indonesia; {W_id} menandatangani naskah bahasa Indonesia, yang "
            "menjadi naskah yang mengikat.")
    P['hyphx'] = None
    return P


def la_params(s, P):
    Q = dict(P)
    if s['reg'] == 'T':
        Q['E0'] = P['E_short']
    if s['reg'] == 'idT':
        Q.update(W_id='Mbak', W0_id='Mbak', E_id='majikan', E0_id='Majikan')
    if s['reg'] == 'idK':
        Q.update(W_id='saya', W0_id='Saya')
    return Q


# ----------------------------------------------------------- tables (K)

def k_tables(s):
    gcc = s['dest'] in ('SA', 'AE', 'QA', 'KW', 'OM', 'BH', 'JO')
    if s['lang'] == 'id':
        return {
            'costs': [('', ("Visa dan izin kerja", "Perusahaan",
                            "dibayar langsung ke instansi")),
                      ('', ("Tiket berangkat ({origin_city} - {airport})",
                            "Perusahaan", "dipesan oleh Perusahaan")),
                      ('return', ("Tiket pulang akhir kontrak", "Perusahaan",
                                  "kelas ekonomi ke {origin_city}")),
                      ('', ("Asuransi", "Perusahaan", "sesuai hukum "
                            "{country_id}"))],
            'docs': [('', ("Perjanjian kerja", "Pekerja dan Perusahaan",
                           "masing-masing satu salinan")),
                     ('', ("Hasil pemeriksaan kesehatan", "Perusahaan",
                           "salinan untuk Pekerja bila diminta"))],
            'time': [('', ("Setiap hari kerja", "absen dengan kartu di "
                           "gerbang pabrik", "keterlambatan dicatat kepala "
                           "regu")),
                     ('hours', ("Senin - Jumat", "08.00 - 17.00",
                                "8 jam sehari")),
                     ('rest', ("Minggu", "hari libur", "24 jam, tidak "
                               "bekerja")),
                     ('', ("Hari libur nasional", "libur dibayar",
                           "sesuai hukum {country_id}"))],
        }
    costs = [('', ("Visa and work permit", "Employer", "paid direct to the "
                   "authorities")),
             ('', ("Outward air ticket ({origin_city} - {airport})", "Employer",
                   "booked by employer")),
             ('return', ("Return air ticket at end of contract", "Employer",
                         "economy class to {origin_city}")),
             ('', ("Insurance required by law", "Employer", "copy of policy "
                   "to worker"))]
    docs = [('', ("Employment contract", "Worker and employer", "one signed "
                  "copy each")),
            ('', ("Medical report", "Employer", "copy to worker on "
                  "request"))]
    rest = ('rest', ("{restday}", "rest day", "24 hours, no work"))
    hol = ('', ("Public holidays", "holiday with pay", "as the law of "
                "{country}"))
    days = 'Saturday - Thursday' if gcc else 'Monday - Saturday'
    if household(s):
        time = [('hours', (days, "7.00 a.m. - 9.00 p.m.", "10 working "
                           "hours; meal and rest breaks")), rest, hol]
    elif s['sector'] == 'hospitality':
        time = [('hours', ("Six days a week", "one shift of 8 hours",
                           "rota posted each Thursday")), rest, hol]
    elif s.get('pair_row'):
        time = [('hours', {'cells': (PAIRMARK + s['pair_row'][0],) +
                           s['pair_row'][1:],
                           'alt': (PAIRMARK + s['pair_alt'][0],) +
                           s['pair_alt'][1:]}),
                ('', ("Saturday", "day off", "no work")), rest, hol]
    else:
        days = 'Saturday - Thursday' if gcc else 'Monday - Saturday'
        time = [('hours', (days, "7.00 a.m. - 4.00 p.m.", "1 hour lunch; 8 "
                           "hours a day")), rest, hol]
    pay = [('wage', ("Basic salary", "{wage} a month", "bank transfer by the "
                     "7th of next month"))]
    if s.get('missing') and 'wage' in s['missing']:
        pay.append(('', ("Salary", "per signed offer letter", "through WPS "
                         "each month")))
    if household(s):
        pay += [('', ("Food and lodging", "free", "provided in the house")),
                ('', ("Annual leave", "{leave} days with pay", "after 12 "
                      "months"))]
    else:
        pay += [('', ("Food allowance", "{food} a month", "with salary")),
                ('', ("Overtime", "125% of hourly rate", "with salary"))]
    return {'costs': costs, 'docs': docs, 'time': time, 'pay': pay}


def k_checklist(s):
    if s['lang'] == 'id':
        return ["Saya menerima salinan perjanjian yang sudah ditandatangani.",
                "Saya mengikuti pembekalan akhir pemberangkatan di "
                "{agency_city}.",
                "Jika sakit, saya melapor kepada kepala regu dan diantar ke "
                "klinik pabrik.",
                "[ ] Saya meminta penerjemah pada saat pembekalan."]
    return ["I received a signed copy of this contract before departure.",
            "The duties of the job were explained to me.",
            "[ ] I asked for an interpreter at the briefing."]


# ----------------------------------------------------- look-alike choice

def choose_lookalikes():
    usage_t = {'en': {t: 0 for t in RULES}, 'id': {t: 0 for t in RULES}}
    usage_v = {v['id']: 0 for v in LOOKALIKES}
    chosen = {}
    for s in SPECS:
        rng = random.Random('%d/%s/lookalike' % (SEED, s['cid']))
        n = {'abuse': 2 if len(s['abuses']) > 1 else 3, 'clean': 6,
             'ctr010': 2, 'pair': 2}[s['role']]
        own = {a[0] for a in s['abuses']}
        miss = set(s.get('missing', ()))
        allowed = [t for t in RULES if t not in own]
        if s['sex'] == 'M' or s['dest'] == 'SG':
            allowed = [t for t in allowed if t not in ('CTR-005', 'CTR-006')]
        if miss & {'hours', 'rest'}:
            allowed = [t for t in allowed if t != 'CTR-004']
        if 'wage' in miss:
            allowed = [t for t in allowed if t != 'CTR-007']
        if 'complaint' in miss:
            allowed = [t for t in allowed if t != 'CTR-009']
        voices = VOICES[s['reg']]

        def variants(t):
            return [v for v in LOOKALIKES if v['type'] == t and
                    v['voice'] in voices and not (v['touch'] & miss) and
                    usage_v[v['id']] < 3]
        picks = []
        for _ in range(n):
            cands = [t for t in allowed if t not in [p['type'] for p in picks]
                     and variants(t)]
            cands.sort(key=lambda t: (usage_t[s['lang']][t], rng.random()))
            t = cands[0]
            vs = variants(t)
            vs.sort(key=lambda v: (usage_v[v['id']], rng.random()))
            v = vs[0]
            usage_t[s['lang']][t] += 1
            usage_v[v['id']] += 1
            picks.append(v)
        chosen[s['cid']] = picks
    return chosen, usage_v


# ------------------------------------------------------------- rendering

def inserts_for(s, P, las):
    Q = la_params(s, P)
    ins = []
    for k, (rule, slot, text) in enumerate(s['abuses']):
        if isinstance(text, tuple) and s['reg'] == 'L':
            en, idn = text
            if s['lang'] == 'en':
                en = place_marker(en, k)
            else:
                idn = place_marker(idn, k)
            t = (en, idn)
        elif isinstance(text, tuple):
            t = (place_marker(text[0], k),) + tuple(text[1:])
        else:
            t = place_marker(text, k)
        ins.append({'slot': slot, 'text': t, 'rule': rule, 'k': k})
    for j, v in enumerate(las):
        x = v['text']
        if isinstance(x, tuple):
            x = tuple(c.format_map(Q) for c in x)
        else:
            x = x.format_map(Q)
        if s['reg'] in ('T', 'idT'):
            slot = 'L%d' % j
        elif s['reg'] == 'K':
            slot = v['voice']
        elif s['reg'] == 'idK':
            slot = 'check'
        else:
            slot = SLOT_OF_TYPE[v['type']]
            if s['reg'] == 'L' and slot == 'docs':
                slot = 'other'
        ins.append({'slot': slot, 'text': x, 'la': v['id']})
    return ins


def render(s, P, las, version=None):
    """version: None, 'origin' or 'dest'."""
    s = dict(s)
    P = dict(P)
    rng = random.Random('%d/%s/layout' % (SEED, s['cid']))
    hyph = {'left': 3, 'count': 0} if s.get('hyph') else None
    P['hyphx'] = hyph
    ins = inserts_for(s, P, las)
    vline = None
    if version:
        which = 0 if version == 'origin' else 1
        oc = ORIG[s['origin']]['city']
        dc = s['city']
        if s['lang'] == 'id':
            vline = ['Naskah: ditandatangani di %s sebelum Pekerja berangkat'
                     % s['agency_city'],
                     'Naskah: ditandatangani di %s setelah Pekerja tiba' %
                     dc][which]
        elif s['reg'] == 'B':
            vline = ['Copy: signed in %s before worker departure' % oc,
                     'Copy: signed in %s after worker arrival' % dc][which]
        else:
            vline = ['Counterpart: pre-departure copy, %s' % oc,
                     'Counterpart: post-arrival copy, %s' % dc][which]
        P['date2'] = PAIR_DATES[which]
        P['date2_id'] = date_id(PAIR_DATES[which])
        P['sign_city2'] = [s['agency_city'], dc][which]
        if s.get('pair_item'):
            slot, a, b = s['pair_item']
            ins.append({'slot': slot, 'text': PAIRMARK + [a, b][which],
                        'first': slot == 'wage', 'last': slot != 'wage'})
        if s.get('pair_row') and which == 1:
            s['pair_row'], s['pair_alt'] = s['pair_alt'], s['pair_row']
    if s['reg'] in ('K', 'idK'):
        s['tables'] = k_tables(s)
        s['checklist'] = k_checklist(s)
    if s['reg'] in ('T', 'idT'):
        s['annex_note'] = (
            "(Copied from the agency's e-mails and the chat messages with "
            "the Worker and attached to this contract at the agency's "
            "request; the terms in them form part of the contract.)"
            if s['lang'] == 'en' else
            "(Salinan pesan WhatsApp antara petugas agensi dan Pekerja, "
            "dilampirkan atas permintaan agensi; isi pesan ini merupakan "
            "bagian dari perjanjian.)")
    lines = FRAMES[s['reg']](s, P, rng, ins, (vline,) if vline else None)
    if s.get('typo'):
        lines = typographic(lines)
    if s.get('caps'):
        lines = [l.upper() for l in lines]
    fkey = 'id' if s['reg'] in ('idC', 'idT', 'idK') else s['reg']
    frng = random.Random('%d/%s/footer' % (SEED, s['cid']))
    fmt = FOOTERS[fkey]
    lines = add_footers(lines, frng, lambda p, n: fmt.format(
        p=p, n=n, ref=P['ref']).upper() if s.get('caps') else
        fmt.format(p=p, n=n, ref=P['ref']))
    clean, found, cols = extract_labels(lines)
    return clean, found, cols, ins, (hyph['count'] if hyph else 0)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(os.path.join(out, 'texts'), exist_ok=True)
    chosen, usage_v = choose_lookalikes()
    label_rows, contract_rows, comp_rows = [], [], []
    report = []
    total_lines = 0
    for s in SPECS:
        P = params(s)
        las = chosen[s['cid']]
        if s['role'] == 'pair':
            o_lines, o_found, _, _, _ = render(s, P, las, 'origin')
            lines, found, cols, ins, nh = render(s, P, las, 'dest')
            with open(os.path.join(out, 'texts', s['cid'] + '.origin.txt'),
                      'w', encoding='utf-8', newline='\n') as f:
                f.write('\n'.join(o_lines) + '\n')
            total_lines += len(o_lines)
            assert len(o_lines) == len(lines), s['cid']
            diff = [i for i in range(len(lines)) if lines[i] != o_lines[i]]
            report.append('%s pair (%s): %d lines, differing lines %s' % (
                s['cid'], s['change'], len(lines), [i + 1 for i in diff]))
            for i in diff:
                report.append('   %4d origin: %s' % (i + 1, o_lines[i]))
                report.append('   %4d dest:   %s' % (i + 1, lines[i]))
            assert len(diff) == (2 if s['change'] == 'identical' else 3), \
                s['cid']
        else:
            lines, found, cols, ins, nh = render(s, P, las)
        total_lines += len(lines)
        with open(os.path.join(out, 'texts', s['cid'] + '.txt'), 'w',
                  encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(lines) + '\n')
        # labels
        rows = []
        for it in ins:
            if 'rule' in it:
                c = chr(MARK0 + it['k'])
                assert c in found, (s['cid'], it['k'])
                rows.append((found[c], it['rule'], cols[c]))
        rows.sort()
        assert len(rows) == len(s['abuses'])
        for ln, rule, col in rows:
            label_rows.append((s['cid'], s['lang'], rule, ln))
            pre = lines[ln - 1][:col].rstrip()
            mid = pre.endswith('.') and re.search('[a-z]{3}', pre)
            report.append('%s %s line %d%s' % (
                s['cid'], rule, ln, ' (mid-line, after other text: column '
                '%d)' % (col + 1) if mid else ''))
            report.append('   %4d | %s' % (ln - 1, lines[ln - 2]))
            report.append('   %4d > %s' % (ln, lines[ln - 1]))
        if s['role'] == 'ctr010':
            label_rows.append((s['cid'], s['lang'], 'CTR-010', ''))
        if s['role'] == 'pair' and s['change'] != 'identical':
            ln = found[PAIRMARK]
            label_rows.append((s['cid'], s['lang'], 'CTR-011', ln))
            report.append('%s CTR-011 line %d' % (s['cid'], ln))
            report.append('   %4d | %s' % (ln - 1, lines[ln - 2]))
            report.append('   %4d > %s' % (ln, lines[ln - 1]))
        assert not any(0xE000 <= ord(ch) <= 0xF8FF for l in lines
                       for ch in l)
        contract_rows.append((s['cid'], s['lang'], s['wage'], s['cur']))
        detail = {'abuse': ' '.join(r for _, r, _ in rows),
                  'clean': '', 'ctr010': ' '.join(
                      e for e in ELEMENTS if e in s.get('missing', ())),
                  'pair': s.get('change', '')}[s['role']]
        reg = s['reg']
        pov = {'B': 'roles', 'T': 'you', 'C': 'roles', 'K': 'roles',
               'L': 'roles' if s['lang'] == 'en' else 'peran',
               'idC': 'peran', 'idT': 'anda', 'idK': 'peran'}[reg]
        if reg in ('T', 'idT'):
            kinds = sorted({m['kind'] for m in s['messages']})
            sched = '+'.join(kinds)
        elif reg in ('K', 'idK'):
            sched = 'tables'
        else:
            sched = 'none'
        comp_rows.append((
            s['cid'], s['lang'], s['role'], s['sector'], s['dest'],
            s['origin'], detail,
            ' '.join(sorted({v['type'] for v in las})), pov, P['numbering'],
            int(bool(s.get('caps'))), int(bool(s.get('typo'))),
            int(nh > 0), sched, 0, int(reg == 'L'), len(lines)))
        report.append('%s %s %s reg=%s lines=%d hyphens=%d look-alikes: %s'
                      % (s['cid'], s['lang'], s['role'], reg, len(lines), nh,
                         ', '.join(v['id'] for v in las)))
    with open(os.path.join(out, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'rule', 'line'])
        w.writerows(label_rows)
    with open(os.path.join(out, 'contracts.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'wage', 'currency'])
        w.writerows(contract_rows)
    with open(os.path.join(out, 'composition.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'role', 'sector', 'destination',
                    'origin', 'detail', 'lookalike_types', 'pov',
                    'numbering', 'caps_all', 'typographic', 'hyphenation',
                    'schedule', 'definitions', 'bilingual', 'lines'])
        w.writerows(comp_rows)
    used = sorted(k for k, n in usage_v.items() if n)
    report.append('look-alike variants used: %d of %d; max use %d' % (
        len(used), len(LOOKALIKES), max(usage_v.values())))
    report.append('total lines (all text files): %d' % total_lines)
    print('\n'.join(report))


if __name__ == '__main__':
    main()
