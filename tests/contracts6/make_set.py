#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate batch 6 (K-001..K-060) of labelled contracts.

Deterministic: fixed seed, Python 3 stdlib only.  Labels come from
construction: every abusive sentence carries a private-use marker character
through joining, upper-casing, wrapping, hyphenation and page furniture; its
label line is the line on which the marker ends up, then the marker is removed.

usage: python3 make_set.py [outdir]      (default: this directory)
       C6_DEBUG_DIR=dir python3 make_set.py outdir   also writes texts with
       visible markers [[CTR-00X>> to dir.
"""
import csv, os, random, re, sys
from variants import V, TYPES
from elements import EL, MISSING, ORD

SEED = 20250617
HERE = os.path.dirname(os.path.abspath(__file__))
MK0 = 0xE000
MKRE = re.compile('[\ue000-\ue0ff]')

DEST = {
    'HK': ('Hong Kong', 'HKD', 5100, ['HK${:,}', 'HKD {:,}', 'HK$ {:,}.00'], 'HK$ {}'),
    'SG': ('Singapore', 'SGD', 750, ['S${:,}', 'SGD {:,}.00'], 'SGD {}'),
    'MY': ('Malaysia', 'MYR', 1700, ['RM{:,}', 'MYR {:,}', 'RM {:,}'], 'RM {}'),
    'TW': ('Taiwan', 'TWD', 20000, ['NT${:,}', 'TWD {:,}', 'NTD {:,}'], 'NT$ {}'),
    'SA': ('Saudi Arabia', 'SAR', 1500, ['SAR {:,}', 'SR {:,}', '{:,} Saudi riyals'], 'SAR {}'),
    'AE': ('the United Arab Emirates', 'AED', 1400, ['AED {:,}', 'Dhs {:,}'], 'AED {}'),
    'QA': ('Qatar', 'QAR', 1300, ['QAR {:,}', 'QR {:,}'], 'QAR {}'),
    'KW': ('Kuwait', 'KWD', 120, ['KWD {:,}.000', 'KD {:,}'], 'KWD {}'),
    'OM': ('Oman', 'OMR', 150, ['RO {:,}', 'OMR {:,}'], 'OMR {}'),
    'BH': ('Bahrain', 'BHD', 180, ['BD {:,}', 'BHD {:,}'], 'BHD {}'),
}
HOTLINE = {
    'HK': 'the Labour Department of Hong Kong', 'SG': 'the Ministry of Manpower',
    'MY': 'the Labour Department (Jabatan Tenaga Kerja) office for the district',
    'TW': 'the 1955 Labor Consultation and Complaint Hotline',
    'SA': 'the Ministry of Human Resources and Social Development', 'AE': 'the Ministry of Human Resources and Emiratisation',
    'QA': 'the Labour Dispute Department of the Ministry of Labour', 'KW': 'the Public Authority for Manpower',
    'OM': 'the Ministry of Labour of Oman', 'BH': 'the Labour Market Regulatory Authority',
}
KBRI = {'HK': 'KJRI Hong Kong', 'TW': 'KDEI Taipei', 'MY': 'KBRI Kuala Lumpur', 'SG': 'KBRI Singapura',
        'SA': 'KJRI Jeddah', 'AE': 'KBRI Abu Dhabi'}
ORIG = {
    'PH': ('the Philippines', 'Philippine', 'PHP {:,}', 58000),
    'NP': ('Nepal', 'Nepalese', 'NPR {:,}', 120000),
    'BD': ('Bangladesh', 'Bangladesh', 'BDT {:,}', 320000),
    'IN': ('India', 'Indian', 'INR {:,}', 90000),
    'LK': ('Sri Lanka', 'Sri Lankan', 'LKR {:,}', 250000),
    'KE': ('Kenya', 'Kenyan', 'KES {:,}', 85000),
    'ID': ('Indonesia', 'Indonesian', 'IDR {:,}', 17500000),
}
JOB = {'domestic': 'a domestic helper', 'care': 'a caregiver to an elderly member of the household',
       'factory': 'a production operator', 'construction': 'a general construction worker', 'farm': 'a farm hand'}
JOB_ID = {'domestic': 'penata laksana rumah tangga', 'care': 'perawat lansia untuk ayah {P}',
          'factory': 'operator produksi'}
NUMW = {8: 'eight (8)', 9: 'nine (9)', 10: 'ten (10)'}
NUMW_ID = {8: 'delapan (8)', 9: 'sembilan (9)', 10: 'sepuluh (10)'}
FEMALE = {'domestic', 'care'}


class Picker:
    """least-used picker with random tie-break"""
    def __init__(self, rng):
        self.rng, self.n = rng, {}

    def pick(self, key, options):
        options = list(options)
        m = min(self.n.get((key, o), 0) for o in options)
        c = [o for o in options if self.n.get((key, o), 0) == m]
        o = self.rng.choice(c)
        self.n[(key, o)] = self.n.get((key, o), 0) + 1
        return o


# ---------------------------------------------------------------- plan
def plan(rng):
    roles = ([('en', 'abuse')] * 27 + [('en', 'clean')] * 9 + [('en', 'ctr010')] * 4 + [('en', 'pair')] * 5 +
             [('id', 'abuse')] * 9 + [('id', 'clean')] * 3 + [('id', 'ctr010')] * 2 + [('id', 'pair')] * 1)
    rng.shuffle(roles)
    pk = Picker(rng)
    specs = []
    n_abuse = {'en': [1] * 5 + [2] * 9 + [3] * 13, 'id': [1] * 1 + [2] * 3 + [3] * 5}
    for v in n_abuse.values():
        rng.shuffle(v)
    en_pairs = ['wage', 'hours', 'identical', 'rest_up', 'hours_down']
    rng.shuffle(en_pairs)
    en_missing = [['wage'], ['hours'], ['repat'], ['complaint', 'rest']]
    id_missing = [['rest'], ['wage', 'repat']]
    en_layouts = ['formal'] * 21 + ['rules'] * 8 + ['sms'] * 5 + ['formal_annex'] * 11
    rng.shuffle(en_layouts)
    caps_whole = set()
    for i, (lang, role) in enumerate(roles):
        cid = 'K-%03d' % (i + 1)
        s = dict(id=cid, lang=lang, role=role)
        if lang == 'id':
            s['sector'] = rng.choice(['domestic', 'domestic', 'care', 'factory'])
            s['dest'] = rng.choice(['HK', 'TW', 'TW', 'MY', 'SG', 'SA', 'AE'])
            s['orig'] = 'ID'
            s['layout'] = rng.choice(['pasal', 'pasal', 'pasal', 'dotnum', 'pasal_annex'])
        else:
            s['sector'] = rng.choice(['domestic', 'domestic', 'domestic', 'care', 'care', 'factory', 'factory',
                                      'construction', 'construction', 'farm'])
            s['dest'] = rng.choice(list(DEST))
            s['orig'] = rng.choice(['PH', 'PH', 'NP', 'BD', 'IN', 'LK', 'KE', 'ID'])
            s['layout'] = en_layouts.pop()
            if role in ('pair', 'ctr010') and s['layout'] == 'sms':
                s['layout'] = 'formal'
        if s['sector'] == 'factory' and lang == 'en':
            s['female'] = rng.random() < 0.5
        else:
            s['female'] = s['sector'] in FEMALE or s['sector'] == 'factory'
        excl = set()
        if not s['female']:
            excl.add('CTR-005')
        if s['dest'] == 'SG':
            excl |= {'CTR-005', 'CTR-006'}
        s['abuse'], s['look'] = [], []
        if role == 'abuse':
            k = n_abuse[lang].pop()
            for _ in range(k):
                s['abuse'].append(pk.pick(('ab', lang), [t for t in TYPES if t not in excl and t not in s['abuse']]))
            nl = rng.choice([2, 3])
        elif role == 'clean':
            nl = rng.choice([4, 5])
        elif role == 'ctr010':
            s['missing'] = (en_missing if lang == 'en' else id_missing).pop()
            nl = 2
        else:
            s['pair'] = en_pairs.pop() if lang == 'en' else 'job'
            nl = 3
        pool = [t for t in TYPES if t not in excl and t not in s['abuse']]
        if role == 'ctr010':
            pool = [t for t in ['CTR-001', 'CTR-003', 'CTR-005', 'CTR-006'] if t in pool]
        for _ in range(nl):
            s['look'].append(pk.pick('look', [t for t in pool if t not in s['look']]))
        specs.append(s)
    # two whole-caps contracts: one en, one id (abuse or clean)
    for lang in ('en', 'id'):
        c = [s for s in specs if s['lang'] == lang and s['role'] in ('abuse', 'clean') and s['layout'] != 'sms']
        rng.choice(c)['caps'] = True
    return specs


# ---------------------------------------------------------------- content
def actors(s, rng):
    d = {}
    sec = s['sector']
    if sec in ('domestic', 'care'):
        E = rng.choice(['the Hiring Party', 'the Family', 'the Overseas Employer', 'the Household Employer'])
        S = rng.choice(['the Head of the Household', 'the Lady of the House'])
        W = rng.choice(['the Worker', 'the Helper', 'the Domestic Worker'] if sec == 'domestic' else
                       ['the Worker', 'the Caregiver', 'the Employee'])
    else:
        E = rng.choice(['the Establishment', 'the Overseas Employer', 'the Company'])
        S = rng.choice(['the Foreman', 'the Mandoor', 'the Site Supervisor'])
        W = rng.choice(['the Worker', 'the Employee', 'the Recruit'])
    if s['orig'] == 'PH' and rng.random() < 0.5:
        W = 'the OFW'
    A = rng.choice(['the Licensee', 'the Agency', 'the Recruitment Agency', 'the Placement Agency'])
    f = s['female']
    d.update(E=E, TE=E[0].upper() + E[1:], W=W, TW=W[0].upper() + W[1:], A=A, TA=A[0].upper() + A[1:],
             S=S, TS=S[0].upper() + S[1:], she='she' if f else 'he', She='She' if f else 'He',
             her='her' if f else 'his', herO='her' if f else 'him', partner='boyfriend' if f else 'girlfriend')
    if s['lang'] == 'id':
        d['P'] = rng.choice(['Pengguna', 'Majikan', 'Pemberi Kerja'])
        d['K'] = rng.choice(['PMI', 'Pekerja Migran Indonesia', 'Pekerja'])
        d['AG'] = rng.choice(['P3MI', 'Perusahaan Penempatan', 'Agensi'])
    return d


def money(s, rng, amount):
    name, cur, base, fmts, idfmt = DEST[s['dest']]
    if s['lang'] == 'id':
        return idfmt.format('{:,}'.format(amount).replace(',', '.'))
    return s.setdefault('_fmt', rng.choice(fmts)).format(amount)


def fill_map(s, rng):
    d = actors(s, rng)
    name, cur, base, fmts, idfmt = DEST[s['dest']]
    oname, oadj, ofmt, ofee = ORIG[s['orig']]
    wage = s['wage']
    d.update(DEST=name, ORIG=oname, CUR=cur, WAGE=money(s, rng, wage), SAVE=money(s, rng, wage * 3 // 10),
             LEVY=money(s, rng, max(10, wage // 6)), FEE=ofmt.format(ofee), FEE2=ofmt.format(ofee // 4),
             HOTLINE=HOTLINE[s['dest']], BIAYA='Rp ' + '{:,}'.format(ofee).replace(',', '.'),
             KBRI=KBRI.get(s['dest'], 'KBRI setempat'))
    if s['dest'] in ('HK',):
        d['EMB'] = 'the Consulate General of %s' % oname
    elif s['dest'] == 'TW':
        d['EMB'] = 'the %s representative office in Taipei' % oadj
    else:
        d['EMB'] = 'the Embassy of %s' % oname
    d['EMB'] = d['EMB'].replace('of the Philippines', 'of the Philippines (Migrant Workers Office)')
    hrs = s['hours']
    brk = s['brk']
    t0 = s['t0']
    t1 = t0 + hrs + brk
    fmt = lambda h: '%d:00 %s' % (h if h <= 12 else h - 12, 'a.m.' if h < 12 else 'p.m.')
    d.update(HRS=NUMW[hrs], T0=fmt(t0), T1=fmt(t1), BRK={1: 'one hour', 2: 'two hours', 3: 'three hours'}[brk])
    if s['lang'] == 'id':
        d.update(HRS=NUMW_ID[hrs], T0='%02d.00' % t0, T1='%02d.00' % t1, BRK={1: 'satu jam', 2: 'dua jam', 3: 'tiga jam'}[brk])
    r = s['rest']
    d.update(REST='one rest day' if r == 1 else 'two rest days (Saturday and Sunday)',
             REST_CAP='One full day' if r == 1 else 'Two full days',
             REST_ID='satu hari libur' if r == 1 else 'dua hari libur (Sabtu dan Minggu)',
             TERM=s['term'], TERM_ID=s['term_id'])
    d['JOB'] = s['job'].format(**d)
    return d


def fill(t, d):
    return t.format(**d)


def strip_f(v):
    return v[2:] if v.startswith('F:') else v


def choose(vp, key, opts, female):
    opts = [o for o in opts if female or not o.startswith('F:')]
    return strip_f(vp.pick(key, opts))


# ---------------------------------------------------------------- rendering helpers
def lower_first(t):
    m = re.match(r'([\ue000-\ue0ff]*)([A-Z][a-z]+)\b', t)
    if m and m.group(2) not in ('I',):
        i = len(m.group(1))
        return t[:i] + t[i].lower() + t[i + 1:]
    return t


def join(sents, semi):
    out = ''
    for k, x in enumerate(sents):
        if k == 0:
            out = x
        elif semi and out.endswith('.') and not out.endswith('.m.'):
            out = out[:-1] + '; ' + lower_first(x)
        else:
            out = out + ' ' + x
    return out


def core(w):
    return MKRE.sub('', w)


def wrap(text, first, rest, width, st, rng):
    words = text.split(' ')
    lines, cur = [], first
    empty = True
    for w in words:
        add = (w if empty else ' ' + w)
        if len(core(cur + add)) <= width or empty:
            cur += add
            empty = False
            continue
        c = core(w)
        if st['hyph'] > 0 and len(c) >= 10 and c.isalpha() and rng.random() < 0.35:
            room = width - len(core(cur)) - 2
            if room >= 4 and len(c) - room >= 4:
                nm = len(w) - len(c)  # leading markers
                k = nm + room
                lines.append(cur + ' ' + w[:k] + '-')
                st['hyph'] -= 1
                st['hyph_words'] += 1
                cur = rest + w[k:]
                continue
        lines.append(cur)
        cur = rest + w
    lines.append(cur)
    return lines


ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII']
ORDW = ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'SIXTH', 'SEVENTH', 'EIGHTH', 'NINTH', 'TENTH', 'ELEVENTH',
        'TWELFTH', 'THIRTEENTH', 'FOURTEENTH', 'FIFTEENTH', 'SIXTEENTH']

HEAD_EN = {
    'job': ['Position and Place of Work', 'Employment'], 'term': ['Duration', 'Term of Contract'],
    'wage': ['Salary', 'Wages and Payment'], 'hours': ['Hours of Work', 'Working Time'],
    'rest': ['Rest Days and Leave', 'Weekly Rest and Holidays'], 'leave': ['Leave', 'Holidays and Leave'],
    'lodging': ['Food and Accommodation', 'Board and Lodging'], 'medical': ['Medical Care and Insurance', 'Health'],
    'docs': ['Personal Documents', 'Passport and Permits'], 'costs': ['Recruitment Costs', 'Costs and Charges'],
    'conduct': ['Conduct', 'Obligations of the Worker'], 'term_end': ['Termination', 'Ending the Contract'],
    'travel': ['Travel and Repatriation', 'Return Passage'], 'travel_out': ['Travel', 'Air Travel'],
    'griev': ['Grievances', 'Settlement of Disputes'], 'law': ['Applicable Law', 'General Provisions'],
}
HEAD_ID = {
    'job': 'JABATAN DAN TEMPAT KERJA', 'term': 'JANGKA WAKTU', 'wage': 'GAJI', 'hours': 'WAKTU KERJA',
    'rest': 'HARI LIBUR DAN CUTI', 'leave': 'CUTI', 'lodging': 'AKOMODASI DAN MAKAN',
    'medical': 'KESEHATAN DAN ASURANSI', 'docs': 'DOKUMEN PRIBADI', 'costs': 'BIAYA PENEMPATAN',
    'conduct': 'KEWAJIBAN PEKERJA', 'term_end': 'PENGAKHIRAN PERJANJIAN', 'travel': 'PEMULANGAN',
    'travel_out': 'KEBERANGKATAN', 'griev': 'PENYELESAIAN PERSELISIHAN', 'law': 'LAIN-LAIN',
}
PLACE = {'CTR-001': 'docs', 'CTR-002': 'costs', 'CTR-003': 'costs', 'CTR-004': 'rest', 'CTR-005': 'medical',
         'CTR-006': 'conduct', 'CTR-007': 'wage', 'CTR-008': 'term_end', 'CTR-009': 'griev'}
NO010 = re.compile(r'rest day|hours|ticket|travel|airfare|authorit|complain|embassy|court|labour|hotline|'
                   r'libur|jam|pengaduan|tiket', re.I)

HOUSE_EN = ["Shoes are to be left at the entrance of the house.",
            "Laundry of the household is done on Mondays, Wednesdays and Fridays.",
            "The kitchen is to be cleaned after every meal.",
            "Medicines are to be given to the elderly only as written on the chart.",
            "Smoking is not allowed inside the building.",
            "Safety helmets and boots must be worn on the site at all times.",
            "Personal belongings are to be kept in the locker provided."]
HOUSE_ID = ["Alas kaki dilepas di depan pintu masuk.", "Dapur dibersihkan setiap selesai makan.",
            "Obat diberikan kepada lansia sesuai jadwal tertulis.", "Dilarang merokok di dalam rumah."]
CHECK = ["Medical examination completed", "Contract explained in worker's own language",
         "Pre-departure orientation attended", "Insurance card received", "Copy of contract received"]


def build(s, seed, vp, relayout=False):
    """return (lines, markers{idx: type}, features)"""
    rng = random.Random(seed)
    d = fill_map(s, rng)
    lang = s['lang']
    fem = s['female']
    L = s['layout'] if not relayout else {'pasal': 'dotnum', 'formal': 'rules'}.get(s['layout'], 'formal')
    feat = dict(pov='id' if lang == 'id' else ('sms' if L == 'sms' else ('rules' if L == 'rules' else 'third')),
                semi=lang == 'en' and L in ('formal', 'formal_annex') and rng.random() < 0.35,
                typo=lang == 'en' and rng.random() < 0.5, caps=bool(s.get('caps')), hyph=0, annex=[],
                definitions=0)
    missing = s.get('missing', [])
    sms = L == 'sms'
    # ------ sections: key -> list of items; item = list of sentences
    sec = {}
    order = ['job', 'term', 'wage', 'hours', 'rest', 'lodging', 'medical', 'docs', 'costs', 'conduct',
             'term_end', 'travel', 'griev', 'law']

    def el(name):
        if name in missing:
            m = MISSING[name][lang]
            return fill(m, d) if m else None
        if sms:
            return fill(vp.pick(('el', name, 'short'), EL[name]['short']), d)
        return fill(vp.pick(('el', name, lang), EL[name][lang]), d)

    def od(name):
        return fill(vp.pick(('ord', name, lang), ORD[name][lang]), d)

    if sms:
        sec['job'] = [['Job: %s in %s' % (s['job_short'], d['DEST'])]]
        sec['term'] = [['Contract: %s' % s['term']]]
        sec['wage'] = [[el('wage')]]
        sec['hours'] = [[el('hours')]]
        sec['rest'] = [[el('rest')], ['Annual leave: 15 days + public holidays']]
        sec['lodging'] = [['Food + room: free']]
        sec['medical'] = [['Medical & insurance: employer pays']]
        sec['travel'] = [[el('repat')]]
        sec['griev'] = [[el('complaint')]]
        for k in ('docs', 'costs', 'conduct', 'term_end', 'law'):
            sec[k] = []
    else:
        sec['job'] = [[od('job')]]
        sec['term'] = [[od('term')]]
        w = el('wage')
        sec['wage'] = [[w]] if 'wage' not in missing else []
        if 'wage' in missing:
            sec['job'][0].append(w)
        h = el('hours')
        sec['hours'] = [[h]] if h else []
        r = el('rest')
        sec['rest'] = [[r], [od('leave')]] if 'rest' not in missing else [[r], [od('leave')]]
        sec['lodging'] = [[od('lodging')]]
        sec['medical'] = [[od('medical')]]
        sec['docs'] = []
        sec['costs'] = []
        sec['conduct'] = [[fill("{TW} shall carry out the lawful instructions of {E} with care and honesty." if lang == 'en'
                               else "{K} wajib melaksanakan pekerjaan dengan baik dan jujur sesuai petunjuk {P}.", d)]]
        sec['term_end'] = [[od('cause')]]
        sec['travel'] = [[el('repat')]] + ([[od('remains')]] if 'repat' not in missing else [])
        sec['griev'] = [[el('complaint')]] if 'complaint' not in missing else []
        sec['law'] = [[od('law')], [od('lang')]] if 'complaint' not in missing else [[el('complaint')], [od('lang')]]
        if 'repat' in missing:
            sec['travel_out'] = sec.pop('travel')
            order[order.index('travel')] = 'travel_out'
        if 'rest' in missing:
            sec['leave'] = sec.pop('rest')
            order[order.index('rest')] = 'leave'
    annex, check, table = [], [], []
    has_annex = L in ('formal_annex', 'pasal_annex')
    use_table = lang == 'en' and not sms and rng.random() < 0.45
    use_check = lang == 'en' and not sms and rng.random() < 0.3
    # ------ insert clauses
    items = [(t, True) for t in s['abuse']] + [(t, False) for t in s['look']]
    rng.shuffle(items)
    markers = {}
    for t, ab in items:
        v = V[t]
        key = t if ab else 'ok_' + t
        pre = '' if ab else 'ok_'
        if ab:
            mk = chr(MK0 + len(markers))
            markers[mk] = t
        else:
            mk = ''
        where = PLACE[t]
        if t == 'CTR-003' and rng.random() < 0.4:
            where = 'term_end'
        if t == 'CTR-004' and rng.random() < 0.4 and sec.get('hours'):
            where = 'hours'
        if sms:
            txt = fill(choose(vp, (key, 'short'), v[pre + 'short'], fem), d)
            mode = 'item'
        elif use_table and t in ('CTR-002', 'CTR-003') and rng.random() < 0.7:
            txt = fill(choose(vp, (key, 'row'), v[pre + 'row'], fem), d)
            table.append(mk + txt)
            continue
        elif use_check and rng.random() < 0.3:
            txt = fill(choose(vp, (key, 'short'), v[pre + 'short'], fem), d)
            check.append(mk + txt)
            continue
        else:
            txt = fill(choose(vp, (key, lang), v[pre + lang], fem), d)
            if s['role'] == 'ctr010' and NO010.search(txt):
                # choose another compliant variant that names no element
                opts = [o for o in v[pre + lang] if not NO010.search(fill(strip_f(o), d)) and (fem or not o.startswith('F:'))]
                txt = fill(strip_f(rng.choice(opts)), d)
            mode = 'append' if rng.random() < 0.3 else 'item'
            if has_annex and t in ('CTR-001', 'CTR-004', 'CTR-006', 'CTR-007', 'CTR-009') and rng.random() < 0.5:
                where = 'annex'
        if '^^' in txt:
            a, b = txt.split('^^')
            txt = a + mk + b
        else:
            txt = mk + txt
        if ab and not feat['caps'] and rng.random() < 0.15 or (not ab and not feat['caps'] and rng.random() < 0.06):
            txt = txt.upper()
            feat['caps_clause'] = feat.get('caps_clause', 0) + 1
        if where == 'annex':
            annex.append(txt)
            continue
        if where not in sec:
            where = {'rest': 'leave', 'travel': 'travel_out'}.get(where, where)
            if where not in sec:
                where = 'conduct'
        if mode == 'append' and sec[where]:
            sec[where][-1].append(txt)
        else:
            sec[where].append([txt])
    # ------ render
    out = []
    width = rng.choice([66, 70, 72, 76, 80]) if not relayout else 96
    st = dict(hyph=rng.choice([0, 1, 2, 2, 3]), hyph_words=0)
    wr = random.Random(seed + 5)  # wrapping has its own stream
    semi = feat['semi']
    if lang == 'en':
        head = rng.choice(['EMPLOYMENT CONTRACT', 'CONTRACT OF EMPLOYMENT', 'STANDARD EMPLOYMENT AGREEMENT',
                           'SERVICE AGREEMENT FOR OVERSEAS EMPLOYMENT'])
        if sms:
            out += ['From: %s - Deployment Desk' % d['TA'], 'To: applicant (mobile on file)',
                    'JOB OFFER - KEY TERMS (reply YES to accept; signed copy to follow)', '']
        else:
            out += [head, '(%s - %s)' % (d['ORIG'][0].upper() + d['ORIG'][1:], d['DEST'][0].upper() + d['DEST'][1:]), '']
            pre_opts = ["This Contract is made on the 14th day of February 2025 between {E} (the \"Employer\"), {W} (the \"Worker\") and {A}, which recruited {W} in {ORIG}.",
                        "Kindly note that the terms below are agreed upon by and between {E}, {W} and {A} on this 2nd day of April 2025.",
                        "Be it known that {E} and {W}, both of legal age, have entered into this contract of employment through {A}, under the following terms and conditions:",
                        "The parties, namely {E} of the one part and {W} of the other part, with {A} as recruiter, agree as follows."]
            p = fill(vp.pick('pre', pre_opts), d)
            if '"' in p:
                feat['definitions'] = 1
            out += wrap(p, '', '', width, dict(hyph=0, hyph_words=0), rng) + ['']
    else:
        out += ['PERJANJIAN KERJA', 'ANTARA %s DAN %s' % (d['P'].upper(), d['K'].upper()), '',
                'Pada hari ini, Senin tanggal 3 Maret 2025, kami yang bertanda tangan di bawah ini:', '',
                fill('1. {P}, selanjutnya disebut PIHAK PERTAMA;', d), fill('2. {K}, selanjutnya disebut PIHAK KEDUA;', d),
                '', fill('dengan perantaraan {AG}, sepakat mengikatkan diri dalam perjanjian kerja dengan ketentuan sebagai berikut:', d), '']
    numstyle = rng.choice(['dot', 'article', 'clause', 'roman', 'ordinal', 'paren']) if L in ('formal', 'formal_annex') else L
    substyle = rng.choice(['dec', 'alpha', 'romanlow', 'bullet'])
    headstyle = rng.choice(['line', 'inline'])
    if L == 'rules':
        out.append(rng.choice(['RULES AND CONDITIONS OF SERVICE', 'TERMS OF SERVICE (numbered rules)']))
        out.append('')
    n = 0
    rule_n = 0
    rstyle = rng.choice(['Rule {}.', '{} -', 'R{}:', '{})'])
    for si, k in enumerate(order):
        items_ = sec.get(k) or []
        if not items_:
            continue
        n += 1
        heads = HEAD_EN.get(k) if lang == 'en' else None
        hd = rng.choice(heads) if heads else HEAD_ID.get(k)
        if sms:
            for it in items_:
                rule_n += 1
                out += wrap(join(it, False), '%d) ' % rule_n, '   ', width, st, wr)
            continue
        if L == 'rules':
            out.append('%s. %s' % (chr(64 + n), hd.upper()))
            for it in items_:
                for snt in it:
                    rule_n += 1
                    pf = rstyle.format(rule_n) + ' '
                    out += wrap(snt, pf, ' ' * len(pf), width, st, wr)
            out.append('')
            continue
        if lang == 'id':
            if L in ('pasal', 'pasal_annex'):
                out += ['Pasal %d' % n, hd, '']
                for j, it in enumerate(items_):
                    pf = '(%d) ' % (j + 1) if len(items_) > 1 else ''
                    out += wrap(join(it, False), pf, ' ' * len(pf), width, st, wr)
            else:
                out += ['%d. %s' % (n, hd)]
                for j, it in enumerate(items_):
                    pf = '%d.%d ' % (n, j + 1)
                    out += wrap(join(it, False), pf, ' ' * len(pf), width, st, wr)
            out.append('')
            continue
        num = {'dot': '%d.' % n, 'article': 'Article %d -' % n, 'clause': 'Clause %d:' % n,
               'roman': '%s.' % ROMAN[n - 1], 'ordinal': '%s:' % ORDW[n - 1], 'paren': '(%d)' % n}[numstyle]
        hdt = hd.upper() if rng.random() < 0.5 else hd
        if len(items_) == 1 and headstyle == 'inline':
            out += wrap(join(items_[0], semi), '%s %s. ' % (num, hdt), '    ', width, st, wr)
        else:
            out.append('%s %s' % (num, hdt))
            for j, it in enumerate(items_):
                if len(items_) == 1:
                    pf = ''
                else:
                    pf = {'dec': '%d.%d ' % (n, j + 1), 'alpha': '(%s) ' % chr(97 + j),
                          'romanlow': '(%s) ' % ROMAN[j].lower(), 'bullet': '- '}[substyle]
                out += wrap(join(it, semi), '  ' + pf if pf else '', '  ' + ' ' * len(pf) if pf else '', width, st, wr)
        out.append('')
    if annex:
        hr = HOUSE_EN if lang == 'en' else HOUSE_ID
        base = rng.sample(hr, 3)
        allr = base + annex
        rng.shuffle(allr)
        out += ['', 'ANNEX A - HOUSE RULES (forming part of this Contract)' if lang == 'en'
                else 'LAMPIRAN - TATA TERTIB (merupakan bagian dari perjanjian ini)', '']
        for j, r_ in enumerate(allr):
            pf = '%d. ' % (j + 1) if j % 2 == 0 or lang == 'id' else '%d) ' % (j + 1)  # mixed numbering
            out += wrap(r_, pf, ' ' * len(pf), width, st, wr)
        out.append('')
        feat['annex'].append('annex')
    if table:
        rows = table + [fill('Accommodation in {DEST} | free | {E}', d)]
        rng.shuffle(rows)
        out += ['SCHEDULE OF COSTS', '', 'Item | Amount | Paid by', '--- | --- | ---'] + rows + ['']
        feat['annex'].append('table')
    if check:
        rows = ['[x] ' + c for c in rng.sample(CHECK, 3)] + ['[x] ' + c for c in check]
        rng.shuffle(rows)
        out += ['PRE-DEPARTURE CHECKLIST (tick where applicable)', ''] + rows + ['']
        feat['annex'].append('checklist')
    # signatures
    if lang == 'en':
        out += ['Signed:', '', '______________________          ______________________',
                d['TE'] + ' ' * max(1, 32 - len(d['TE'])) + d['TW'], '', 'Witnessed by ' + d['A'] + '.']
    else:
        out += ['Demikian perjanjian ini dibuat dalam keadaan sadar dan tanpa paksaan dari pihak mana pun.', '',
                'PIHAK PERTAMA                    PIHAK KEDUA', '', '______________                   ______________']
    # typographic quotes
    if feat['typo']:
        out = [re.sub(r'"([^"]*)"', '\u201c\\1\u201d', x).replace("'", '\u2019') for x in out]
    if feat['caps']:
        out = [x.upper() for x in out]
    # page footers
    fstyle = rng.choice(['Page {} of {}', '- {} -', 'Page {}/{}    Initials: ______ / ______', None])
    if lang == 'id':
        fstyle = rng.choice(['Halaman {} dari {}', 'Hal. {}/{}   Paraf: ____', None])
    if fstyle and not relayout:
        step = rng.randint(34, 44)
        total = (len(out) // step) + 1
        res, p = [], 1
        for j, x in enumerate(out):
            res.append(x)
            if (j + 1) % step == 0 and j + 1 < len(out):
                res += ['', fstyle.format(p, total), '']
                p += 1
        out = res
        feat['footer'] = 1
    feat['hyph'] = st['hyph_words']
    feat['bullets'] = (substyle == 'bullet' and L in ('formal', 'formal_annex')) or bool(check)
    feat['numbering'] = numstyle
    feat['headings'] = 'pasal' if L in ('pasal', 'pasal_annex') else ('line' if L in ('rules', 'sms', 'dotnum') else headstyle)
    return out, markers, feat


def finish(lines, markers):
    labels = []
    clean = []
    for i, x in enumerate(lines):
        for m in MKRE.findall(x):
            labels.append((markers[m], i + 1, m))
        clean.append(MKRE.sub('', x).rstrip())
    return clean, labels


STATS = []


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    dbg = os.environ.get('C6_DEBUG_DIR')
    os.makedirs(os.path.join(outdir, 'texts'), exist_ok=True)
    if dbg:
        os.makedirs(dbg, exist_ok=True)
    rng = random.Random(SEED)
    specs = plan(rng)
    vp = Picker(random.Random(SEED + 1))
    lab_rows, con_rows, comp_rows = [], [], []
    for s in specs:
        srng = random.Random(SEED * 7 + int(s['id'][2:]))
        s['wage'] = DEST[s['dest']][2] + srng.choice([0, 0, 100, 200]) * (1 if DEST[s['dest']][2] >= 1000 else 0)
        if s['dest'] == 'TW':
            s['wage'] = srng.choice([20000, 20000, 27470, 28590])
        s['hours'] = srng.choice([8, 8, 9, 10]) if s['sector'] in ('domestic', 'care') else 8
        s['brk'] = srng.choice([1, 2]) if s['hours'] < 10 else srng.choice([2, 3])
        s['t0'] = srng.choice([6, 7, 8]) if s['hours'] + s['brk'] <= 12 else 6
        s['rest'] = 1
        y = srng.choice([2, 2, 3])
        s['term'] = {2: 'two (2) years', 3: 'three (3) years'}[y]
        s['term_id'] = {2: 'dua (2) tahun', 3: 'tiga (3) tahun'}[y]
        s['job'] = JOB[s['sector']] if s['lang'] == 'en' else JOB_ID[s['sector']]
        s['job_short'] = s['job'].replace('a ', '', 1).split(' to ')[0]
        seed = SEED + int(s['id'][2:]) * 101
        dest_s = dict(s)
        relayout = False
        if s['role'] == 'pair':
            ch = s['pair']
            if ch == 'hours':
                s['hours'], s['brk'], s['t0'] = 8, 1, 8
                dest_s.update(hours=10, brk=2, t0=7)
            elif ch == 'hours_down':
                s['hours'], s['brk'], s['t0'] = 10, 2, 6
                dest_s.update(hours=8, brk=2, t0=7)
            elif ch == 'wage':
                dest_s['wage'] = s['wage'] - (200 if s['wage'] >= 1000 else 20)
                if s['dest'] == 'TW':
                    dest_s['wage'] = s['wage'] - 2000
            elif ch == 'rest_up':
                dest_s['rest'] = 2
            elif ch == 'job':
                s['job'] = 'perawat lansia khusus untuk ibu kandung {P} yang tinggal serumah'
                dest_s['job'] = ('pembantu serba bisa di rumah {P}, di rumah dua orang anaknya, '
                                 'dan pelayan di rumah makan milik keluarga {P}')
            elif ch == 'identical':
                pass
            if ch == 'relayout':
                relayout = True
        o_lines = None
        if s['role'] == 'pair':
            vp_state = (dict(vp.n), vp.rng.getstate())
            o_lines, om, of = build(s, seed, vp)
            vp.n, _ = vp_state  # destination picks the same variants
            vp.rng.setstate(vp_state[1])
        lines, markers, feat = build(dest_s, seed, vp, relayout)
        if s['role'] == 'pair':
            assert not markers
            oc, _ = finish(o_lines, {})
            with open(os.path.join(outdir, 'texts', s['id'] + '.origin.txt'), 'w', encoding='utf-8', newline='\n') as f:
                f.write('\n'.join(oc) + '\n')
        if dbg:
            vis = [MKRE.sub(lambda m: '[[%s>>' % markers[m.group(0)], x) for x in lines]
            with open(os.path.join(dbg, s['id'] + '.txt'), 'w', encoding='utf-8') as f:
                f.write('\n'.join(vis) + '\n')
        text, labels = finish(lines, markers)
        STATS.append((s['id'], feat['semi'], feat['hyph'], feat.get('caps_clause', 0), feat.get('footer', 0)))
        assert len(labels) == len(markers) == len(s['abuse']), (s['id'], labels, markers)
        with open(os.path.join(outdir, 'texts', s['id'] + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(text) + '\n')
        labels.sort(key=lambda x: (x[1], x[2]))
        for t, ln, _ in labels:
            lab_rows.append([s['id'], s['lang'], t, ln])
        if s['role'] == 'ctr010':
            lab_rows.append([s['id'], s['lang'], 'CTR-010', ''])
        if s['role'] == 'pair' and s['pair'] in ('wage', 'hours', 'job'):
            lab_rows.append([s['id'], s['lang'], 'CTR-011', ''])
        con_rows.append([s['id'], s['lang'], s['wage'], DEST[s['dest']][1]])
        detail = {'abuse': ','.join(t for t, _, _ in labels), 'clean': '',
                  'ctr010': '+'.join(s.get('missing', [])), 'pair': s.get('pair', '')}[s['role']]
        comp_rows.append([s['id'], s['lang'], s['role'], s['sector'], s['dest'], s['orig'], detail, ' '.join(s['look']),
                          feat['pov'], feat['numbering'], feat['headings'],
                          2 if feat['caps'] else (1 if feat.get('caps_clause') else 0), int(feat['typo']),
                          '+'.join(feat['annex']) or 0, int(feat['bullets']), 0, feat['definitions'],
                          '', len(text)])
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
        w.writerow(['contract', 'language', 'role', 'sector', 'destination', 'origin', 'detail', 'lookalike_types',
                    'pov', 'numbering', 'headings', 'caps', 'typographic', 'schedule', 'bullets', 'footnote',
                    'definitions', 'bilingual', 'lines'])
        w.writerows(comp_rows)
    print('semi', sum(1 for x in STATS if x[1]), 'hyph words', sum(x[2] for x in STATS),
          'in', sum(1 for x in STATS if x[2]), 'contracts; caps clauses', sum(x[3] for x in STATS),
          'in', sum(1 for x in STATS if x[3]), '; footers', sum(x[4] for x in STATS))


if __name__ == '__main__':
    main()
