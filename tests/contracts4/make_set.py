#!/usr/bin/env python3
"""Generate evaluation batch 4 (H-001..H-100) for the contract rules.

Written blind (see README.md).  Deterministic: fixed seed, standard library
only.  Labels come from construction: every abusive sentence carries a marker
character through formatting, joining, upper-casing, wrapping and
hyphenation; its label line is the line where the marker ends up.  Kept for
provenance -- do not re-run to "fix" results.

    python3 make_set.py [outdir]     (default: the directory of this file)
"""
import csv
import os
import re
import sys

import random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variants import ABUSE, LOOK            # noqa: E402
import elements as EL                        # noqa: E402

SEED = 20250604
MARKS = ''.join(chr(0xE000 + i) for i in range(16))   # one private-use marker per abusive item
MRE = '[\ue000-\ue00f]'
TYPES = ['CTR-%03d' % i for i in range(1, 10)]
SECTION_OF = {'CTR-001': 'docs', 'CTR-002': 'costs', 'CTR-003': 'costs', 'CTR-004': 'conduct',
              'CTR-005': 'medical', 'CTR-006': 'conduct', 'CTR-007': 'wage', 'CTR-008': 'termination',
              'CTR-009': 'disputes'}
ORDER = ['job', 'term', 'wage', 'hours', 'rest', 'board', 'medical', 'docs', 'costs', 'conduct',
         'termination', 'repat', 'disputes', 'law']
DEST_ID = {'HK': 'Hong Kong', 'SG': 'Singapura', 'MY': 'Malaysia', 'TW': 'Taiwan', 'SA': 'Arab Saudi',
           'AE': 'Uni Emirat Arab', 'QA': 'Qatar', 'KW': 'Kuwait', 'OM': 'Oman', 'BH': 'Bahrain',
           'JO': 'Yordania', 'LB': 'Lebanon'}
LANG_W = {'PH': 'Filipino and English', 'ID': 'Bahasa Indonesia', 'NP': 'Nepali', 'IN': 'Malayalam',
          'BD': 'Bengali', 'LK': 'Sinhala', 'ET': 'Amharic', 'KE': 'English and Kiswahili'}
LOWERABLE = {'The', 'A', 'An', 'It', 'Any', 'No', 'Should', 'If', 'Where', 'Nothing', 'Nobody', 'All',
             'Each', 'In', 'Upon', 'During', 'Before', 'Either', 'Such', 'These', 'Its', 'Only', 'Once',
             'Every', 'Free', 'Its', 'Work'}

# ------------------------------------------------------------ numbers/money
ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' \
       'sixteen seventeen eighteen nineteen'.split()
TENS = 'x x twenty thirty forty fifty sixty seventy eighty ninety'.split()


def words_en(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('-' + ONES[n % 10] if n % 10 else '')
    if n < 1000:
        r = n % 100
        return ONES[n // 100] + ' hundred' + (' and ' + words_en(r) if r else '')
    r = n % 1000
    head = words_en(n // 1000) + ' thousand'
    if not r:
        return head
    return head + (' and ' if r < 100 else ' ') + words_en(r)


ID_ONES = 'nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas'.split()


def words_id(n):
    if n < 12:
        return ID_ONES[n]
    if n < 20:
        return ID_ONES[n - 10] + ' belas'
    if n < 100:
        return ID_ONES[n // 10] + ' puluh' + (' ' + ID_ONES[n % 10] if n % 10 else '')
    if n < 1000:
        h = 'seratus' if n // 100 == 1 else ID_ONES[n // 100] + ' ratus'
        return h + (' ' + words_id(n % 100) if n % 100 else '')
    t = 'seribu' if n // 1000 == 1 else words_id(n // 1000) + ' ribu'
    return t + (' ' + words_id(n % 1000) if n % 1000 else '')


def money(n, fmt, lang):
    s = '{:,}'.format(n)
    if lang == 'id':
        s = s.replace(',', '.')
    return fmt.format(n=s)


# ----------------------------------------------------------------- helpers
def flags_of(entry):
    fl = set()
    while entry.startswith('@'):
        f, entry = entry.split(' ', 1)
        fl.add(f[1:])
    return fl, entry


def fill(template, ctx):
    """Format placeholders; an all-capitals template stays all capitals."""
    bare = re.sub(r'\{[^}]*\}', '', template)
    out = template.format_map(ctx)
    out = re.sub(r'\b(A|a) (?=[AEIO][a-z])', lambda m: m.group(1) + 'n ', out)   # "A Operator" -> "An Operator"
    letters = [c for c in bare if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 20:
        out = out.upper()
    return out


class Ctx(dict):
    def __missing__(self, k):
        raise KeyError('placeholder {%s} not set' % k)


def entry_ok(fl, text, c, table_ok, avoid=()):
    if 'F' in fl and c['sex'] != 'F':
        return False
    if 'D' in fl and c['ind']:
        return False
    if 'I' in fl and not c['ind']:
        return False
    if 'T' in fl and not table_ok:
        return False
    if 'harvest' in text and c['sector'] != 'farm':
        return False
    if 'elderly person' in text and c['sector'] != 'care':
        return False
    if ('Migrant Workers Office' in text or 'Department of Migrant Workers' in text
            or 'kababayan' in text or 'Manning' in text) and c['origin'] != 'PH':
        return False
    if ('Indonesia' in text or 'BP2MI' in text) and c['origin'] != 'ID':
        return False
    if 'mass' in text and c['origin'] != 'PH':
        return False
    for a in avoid:
        if a in fl:
            return False
    return True


# --------------------------------------------------------------- planning
def make_plan(rng):
    roles = []
    for lang, counts in (('en', dict(abuse=44, clean=16, ctr010=8, pair=7)),
                         ('id', dict(abuse=14, clean=6, ctr010=2, pair=3))):
        for role, n in counts.items():
            roles += [(lang, role)] * n
    rng.shuffle(roles)
    # pairs are fixed designs; put them where the shuffle put pair slots
    pair_designs = {
        'en': [('wage', 'less'), ('hours', 'less'), ('rest', 'less'), ('duration', 'less'),
               ('identical', 'equal'), ('hours_down', 'equal'), ('leave_up+notation', 'equal')],
        'id': [('job', 'less'), ('identical', 'equal'), ('relayout', 'equal')],
    }
    pair_setting = {  # design -> (sector, dest, origin)
        'wage': ('factory', 'MY', 'BD'), 'hours': ('construction', 'QA', 'NP'),
        'rest': ('factory', 'TW', 'PH'), 'duration': ('domestic', 'SA', 'PH'),
        'identical_en': ('domestic', 'AE', 'PH'), 'hours_down': ('construction', 'SG', 'IN'),
        'leave_up+notation': ('factory', 'MY', 'NP'), 'job': ('care', 'TW', 'ID'),
        'identical_id': ('domestic', 'HK', 'ID'), 'relayout': ('factory', 'TW', 'ID'),
    }
    sectors_en = [('domestic', 30), ('care', 10), ('factory', 20), ('construction', 17), ('farm', 9)]
    dests = {'domestic': ['HK', 'SG', 'SA', 'AE', 'QA', 'KW', 'OM', 'BH', 'JO', 'LB', 'LB', 'MY', 'TW'],
             'care': ['TW', 'HK', 'SG', 'SA'], 'factory': ['MY', 'TW', 'SG', 'JO'],
             'construction': ['SA', 'AE', 'QA', 'KW', 'OM', 'BH', 'SG', 'MY'], 'farm': ['MY', 'TW']}
    dests_id = {'domestic': ['HK', 'TW', 'SG', 'MY', 'SA', 'AE'], 'care': ['TW', 'HK'],
                'factory': ['TW', 'MY'], 'farm': ['MY']}
    origins = {'domestic': ['PH'] * 6 + ['ET', 'KE', 'LK', 'NP', 'IN'], 'care': ['PH'] * 4 + ['NP', 'IN'],
               'factory': ['PH', 'PH', 'NP', 'BD', 'IN', 'LK'], 'construction': ['NP', 'IN', 'BD', 'PH', 'PH'],
               'farm': ['PH', 'NP', 'BD']}
    specs = []
    dp = {'en': 0, 'id': 0}
    for i, (lang, role) in enumerate(roles):
        c = dict(id='H-%03d' % (i + 1), lang=lang, role=role)
        if role == 'pair':
            design, kind = pair_designs[lang][dp[lang]]
            dp[lang] += 1
            key = design + ('_' + lang if design == 'identical' else '')
            c['sector'], c['dest'], c['origin'] = pair_setting[key]
            c['pair'] = design
            c['pair_kind'] = kind
        elif lang == 'en':
            c['sector'] = rng.choices([s for s, _ in sectors_en], [w for _, w in sectors_en])[0]
            c['dest'] = rng.choice(dests[c['sector']])
            c['origin'] = rng.choice(origins[c['sector']])
            if c['dest'] in ('LB', 'JO') and c['sector'] == 'domestic':
                c['origin'] = rng.choice(['ET', 'KE', 'LK', 'PH', 'PH'])
        else:
            c['sector'] = rng.choices(['domestic', 'care', 'factory', 'farm'], [14, 5, 4, 2])[0]
            c['dest'] = rng.choice(dests_id[c['sector']])
            c['origin'] = 'ID'
        sec = c['sector']
        if sec in ('domestic', 'care'):
            c['sex'] = 'F'
        elif sec == 'construction':
            c['sex'] = 'M'
        else:
            c['sex'] = rng.choice('FM')
        c['ind'] = sec in ('factory', 'construction', 'farm')
        specs.append(c)
    # second-person letters: 9 English, non-pair
    cand = [c for c in specs if c['lang'] == 'en' and c['role'] != 'pair' and c['sector'] in ('domestic', 'care')]
    for c in rng.sample(cand, 9):
        c['pov'] = 'you'
    for c in specs:
        c.setdefault('pov', 'third' if c['lang'] == 'en' else 'id')
    return specs


def assign_abuse(specs, rng):
    counts = {t: 0 for t in TYPES}
    en = [c for c in specs if c['role'] == 'abuse' and c['lang'] == 'en']
    idl = [c for c in specs if c['role'] == 'abuse' and c['lang'] == 'id']
    ks_en = [1] * 12 + [2] * 16 + [3] * 16
    ks_id = [1] * 4 + [2] * 5 + [3] * 5
    rng.shuffle(ks_en)
    rng.shuffle(ks_id)
    for group, ks in ((en, ks_en), (idl, ks_id)):
        lc = {t: 0 for t in TYPES}
        order = list(zip(group, ks))
        # constrained contracts first so rare types still reach their quota
        order.sort(key=lambda p: (p[0]['sex'] == 'F' and p[0]['dest'] != 'SG', rng.random()))
        for c, k in order:
            allowed = [t for t in TYPES if allowed_abuse(c, t)]
            rng.shuffle(allowed)
            allowed.sort(key=lambda t: (lc[t], counts[t]))
            c['abuse'] = allowed[:k]
            for t in c['abuse']:
                lc[t] += 1
                counts[t] += 1
    return counts


def allowed_abuse(c, t):
    if t == 'CTR-005' and (c['sex'] != 'F' or c['dest'] == 'SG'):
        return False
    if t == 'CTR-006' and c['dest'] == 'SG':
        return False
    return True


MISSING_EN = [['wage'], ['hours'], ['rest'], ['repat'], ['complaint'], ['wage', 'complaint'],
              ['hours', 'rest'], ['repat_out', 'complaint']]
MISSING_ID = [['complaint'], ['wage', 'repat_out']]


def style_plan(specs, rng):
    """Drafting features per contract."""
    en = [c for c in specs if c['lang'] == 'en']
    idl = [c for c in specs if c['lang'] == 'id']
    third_en = [c for c in en if c['pov'] == 'third']
    caps = rng.sample([c for c in third_en if c['role'] in ('abuse', 'clean')], 2) + \
        rng.sample([c for c in idl if c['role'] in ('abuse', 'clean')], 1)
    for c in specs:
        c['caps'] = c in caps
    for c in specs:
        r = rng.random
        if c['pov'] == 'you':
            c['numbering'] = rng.choice(['none', 'dot', 'none'])
            c['headings'] = 'line'
        elif c['lang'] == 'id':
            c['numbering'] = rng.choice(['pasal', 'pasal', 'pasal', 'dot', 'roman'])
            c['headings'] = 'pasal' if c['numbering'] == 'pasal' else rng.choice(['inline', 'line', 'sub'])
        else:
            c['numbering'] = rng.choice(['dot', 'dot', 'paren', 'article', 'clause', 'section', 'roman',
                                         'letter', 'ordinal', 'para', 'none'])
            c['headings'] = rng.choice(['inline', 'inline', 'line', 'sub', 'sub'])
            if c['numbering'] == 'none':
                c['headings'] = rng.choice(['line', 'inline'])
        c['subnum'] = rng.choice(['dec', 'alpha', 'roman', 'alpha_paren'])
        c['typographic'] = r() < 0.22
        c['schedule'] = c['pov'] != 'you' and r() < 0.2
        c['bullets'] = r() < 0.14
        c['definitions'] = c['pov'] == 'third' and r() < 0.18
        c['joins'] = c['pov'] == 'third' and r() < 0.33
        c['width'] = rng.choice([66, 70, 72, 74, 76, 78, 80, 84])
        c['indent'] = rng.choice(['hang', 'flat', 'fixed'])
        c['hyph'] = rng.choice([0, 0, 0, 0, 1, 2])
        c['caps_clause'] = (not c['caps']) and r() < 0.15
        c['titlecase'] = r() < 0.3
        c['blank_between'] = r() < 0.85
        c['preamble'] = rng.choice(['formal', 'formal', 'ph', 'list']) if c['origin'] == 'PH' \
            else rng.choice(['formal', 'list'])
        bil_lang = EL.DEST[c['dest']]['bil'] if c['lang'] == 'en' else 'en'
        c['bilingual'] = bil_lang if (c['pov'] != 'you' and r() < 0.27) else ''
    # exactly five footnote channels, none in contracts missing the channel
    fn = rng.sample([c for c in specs if c['role'] in ('abuse', 'clean')], 5)
    for c in specs:
        c['footnote'] = c in fn
    # missing elements
    m_en = list(MISSING_EN)
    m_id = list(MISSING_ID)
    rng.shuffle(m_en)
    rng.shuffle(m_id)
    for c in specs:
        c['missing'] = []
        if c['role'] == 'ctr010':
            c['missing'] = (m_en if c['lang'] == 'en' else m_id).pop()
            c['footnote'] = False
    for c in specs:  # pairs: simple, stable layout so the two versions stay comparable
        if c['role'] == 'pair':
            c['caps'] = False
            c['caps_clause'] = False
            c['hyph'] = 0


def assign_looks(specs, rng):
    counts = {t: 0 for t in TYPES}
    order = list(specs)
    rng.shuffle(order)
    for c in order:
        if c['role'] == 'abuse':
            k = rng.choice([2, 3, 3])
        elif c['role'] == 'clean':
            k = rng.choice([3, 4, 4])
        else:
            k = rng.choice([2, 3])
        banned = set(c.get('abuse', []))
        if c['sex'] != 'F' or c['dest'] == 'SG':
            banned.add('CTR-005')
        miss = c['missing']
        if 'complaint' in miss:
            banned.add('CTR-009')
        if 'wage' in miss:
            banned.add('CTR-007')
        if 'hours' in miss or 'rest' in miss:
            banned.add('CTR-004')
        allowed = [t for t in TYPES if t not in banned]
        rng.shuffle(allowed)
        allowed.sort(key=lambda t: counts[t])
        c['look'] = allowed[:k]
        for t in c['look']:
            counts[t] += 1
    return counts


# ---------------------------------------------------------- choose texts
class Picker:
    """Least-used choice among the entries that fit, ties broken by rng."""

    def __init__(self, rng):
        self.rng = rng
        self.used = {}

    def pick(self, key, entries, ok):
        cands = [e for e in entries if ok(e)]
        if not cands:
            raise RuntimeError('no entry fits for %s' % (key,))
        self.rng.shuffle(cands)
        cands.sort(key=lambda e: self.used.get((key, e), 0))
        e = cands[0]
        self.used[(key, e)] = self.used.get((key, e), 0) + 1
        return e


def build_context(c, rng):
    d = EL.DEST[c['dest']]
    o = EL.ORIGIN[c['origin']]
    lang = c['lang']
    wages = d['wage'][c['sector']]
    w = rng.choice(wages)
    c['wage'] = w
    c['cur'] = d['cur']
    fmts = d['fmt_en'] if lang != 'id' else d['fmt_id']
    c['fmt'] = rng.choice(fmts)
    ml = 'id' if lang == 'id' else 'en'
    fee = w * 2
    nn = 4
    if lang == 'id':
        W = rng.choice(EL.ID_NOUNS['W'])
        E = rng.choice(EL.ID_NOUNS['E'] if c['ind'] else [e for e in EL.ID_NOUNS['E'] if e != 'Perusahaan'])
        if W == 'PIHAK KEDUA':
            E = 'PIHAK PERTAMA'
        elif E == 'PIHAK PERTAMA':
            E = 'Pemberi Kerja'
        A = rng.choice(EL.ID_NOUNS['A'])
    else:
        W = rng.choice(EL.NOUNS[c['sector']]['W'])
        E = rng.choice(EL.NOUNS[c['sector']]['E'])
        an = [a for a in EL.AGENCY_NOUNS if c['origin'] == 'PH' or a not in ('Manning Agent', 'Philippine Agency')]
        A = rng.choice(an)
    if c['sex'] == 'F':
        pr = dict(she='she', She='She', her='her', herO='her', herself='herself', partner='boyfriend', opp='male')
    else:
        pr = dict(she='he', She='He', her='his', herO='him', herself='himself', partner='girlfriend', opp='female')
    home_city = rng.choice(o['cities'])
    dest_city = rng.choice(d['cities'])
    mission = EL.MISSION_ID[c['dest']] if c['origin'] == 'ID' else o['mission']
    if lang == 'id':
        words = '%s %s (%s)' % (words_id(w), d['money_id'], money(w, c['fmt'], 'id'))
        dest_name = DEST_ID[c['dest']]
        chan = d['chan_id']
    else:
        words = '%s %s (%s)' % (words_en(w), d['money_en'], money(w, c['fmt'], 'en'))
        dest_name = d['name']
        chan = d['chan']
    ctx = Ctx(W=W, E=E, A=A, dest=dest_name, home=o['name'], home_city=home_city, dest_city=dest_city,
              wage=money(w, c['fmt'], ml), wage_words=words, fee=money(fee, c['fmt'], ml),
              x=money(fee // nn, c['fmt'], ml), n='four' if lang != 'id' else '4 (empat)',
              loan=money(w * 3, c['fmt'], ml), bond=money(w * 2, c['fmt'], ml), mission=mission, chan=chan,
              fam=rng.choice(['four (4)', 'five (5)', 'six (6)']),
              patient=rng.choice(['elderly mother', 'bedridden father', 'elderly parents']),
              patient_id=rng.choice(['ibu', 'ayah', 'nenek']),
              trade=rng.choice(['mason', 'steel fixer', 'carpenter', 'scaffolder']),
              dur='two (2) years', dur_id='2 (dua) tahun', leave=rng.choice(['fourteen (14)', 'fifteen (15)', '12 (twelve)'])
              if lang != 'id' else rng.choice(['12 (dua belas)', '14 (empat belas)']),
              lang_w=LANG_W[c['origin']], **pr)
    c['ctx'] = ctx
    c['names'] = dict(
        worker=rng.choice(o['names_f'] if c['sex'] == 'F' else o['names_m']),
        employer=rng.choice(EL.COMPANY_NAMES.get(c['dest'], EL.EMPLOYER_NAMES[c['dest']])) if c['ind'] and c['dest'] in EL.COMPANY_NAMES
        else rng.choice(EL.EMPLOYER_NAMES[c['dest']]),
        agency=rng.choice(EL.AGENCY_NAMES[c['origin']]),
        passport='%s%07d%s' % (rng.choice('PEC'), rng.randrange(10 ** 6, 10 ** 7), rng.choice(['', 'A', 'B'])),
        date='%d %s 2025' % (rng.randrange(1, 29), rng.choice(['January', 'February', 'March', 'April', 'May', 'June'])),
    )


def choose_items(c, rng, picker):
    """Decide every item (text template + flags) of the contract."""
    lang = c['lang']
    pool = 'you' if c['pov'] == 'you' else lang
    table_ok = c['schedule']
    items = {k: [] for k in ORDER}
    sched = []

    def add(sec, kind, tmpl, rule=None, fl=()):
        it = dict(kind=kind, tmpl=tmpl, rule=rule, table='T' in fl, sec=sec)
        if kind == 'abuse':
            it['mk'] = MARKS[sum(1 for v in list(items.values()) + [sched] for x in v if x['kind'] == 'abuse')]
        if it['table']:
            sched.append(it)
        else:
            items[sec].append(it)
        return it

    def pick(key, entries, table=table_ok, avoid=()):
        def ok(e):
            fl, t = flags_of(e)
            return entry_ok(fl, t, c, table, avoid)
        e = picker.pick(key, entries, ok)
        fl, t = flags_of(e)
        return fl, t

    ol = pool  # ordinary-text language key
    # ordinary clauses
    if c['role'] == 'pair':
        items['job'].append(dict(kind='ord', tmpl='{job_text}', rule=None, table=False))
        items['term'].append(dict(kind='ord', tmpl=TERM_PAIR[lang], rule=None, table=False))
    else:
        fl, t = pick(('job', ol, c['sector']), EL.JOB[ol][c['sector']], False)
        add('job', 'ord', t)
        fl, t = pick(('term', ol), EL.TERM[ol], False)
        add('term', 'ord', t)
    bkey = 'I' if c['ind'] else 'D'
    fl, t = pick(('board', ol, bkey), EL.BOARD[ol][bkey], False)
    add('board', 'ord', t)
    fl, t = pick(('med', ol), EL.MEDICAL[ol], False)
    add('medical', 'ord', t)
    fl, t = pick(('conduct', ol), EL.CONDUCT[ol], False)
    add('conduct', 'ord', t)
    fl, t = pick(('term2', ol), EL.TERMINATION[ol], False)
    add('termination', 'ord', t)
    fl, t = pick(('law', ol), EL.LAW[ol], False)
    add('law', 'ord', t)
    if c['role'] != 'pair' or lang == 'en':
        fl, t = pick(('language', ol), EL.LANGUAGE[ol], False)
        add('law', 'ord', t)

    # mandatory elements
    miss = c['missing']
    if c['role'] == 'pair':
        add('wage', 'elem', WAGE_PAIR[lang])
        add('hours', 'elem', HOURS_PAIR[lang])
        add('rest', 'elem', REST_PAIR[lang])
        add('rest', 'ord', LEAVE_PAIR[lang])
    else:
        if 'wage' in miss:
            fl, t = pick(('wmiss', pool), EL.WAGE_MISSING[pool], False)
            add('wage', 'ord', t)
        else:
            fl, t = pick(('wage', pool), EL.WAGE[pool])
            add('wage', 'elem', t, fl=fl)
        if 'hours' not in miss:
            fl, t = pick(('hours', pool), EL.HOURS[pool])
            add('hours', 'elem', t, fl=fl)
        if 'rest' not in miss:
            fl, t = pick(('rest', pool), EL.REST[pool])
            add('rest', 'elem', t, fl=fl)
        fl, t = pick(('leave', ol), EL.LEAVE[ol], False)
        add('rest', 'ord', t)
    if 'repat' in miss:
        pass
    elif 'repat_out' in miss:
        add('repat', 'ord', EL.REPAT_OUTBOUND[pool])
    else:
        fl, t = pick(('repat', pool), EL.REPAT[pool], c['schedule'] and c['role'] != 'pair')
        add('repat', 'elem', t, fl=fl)
        for t in EL.REMAINS[ol]:
            add('repat', 'ord', t)
    if 'complaint' in miss:
        if rng.random() < 0.5:
            add('disputes', 'ord', DISPUTE_LAW_ONLY[pool])
    elif c['footnote']:
        add('disputes', 'elem', EL.FOOTNOTE_LEAD[pool])
    else:
        fl, t = pick(('complaint', pool), EL.COMPLAINT[pool], c['schedule'] and c['role'] != 'pair')
        add('disputes', 'elem', t, fl=fl)

    # abusive clauses and look-alikes
    avoid = []
    for m in miss:
        avoid.append({'wage': 'W', 'hours': 'H', 'rest': 'R', 'repat': 'P', 'repat_out': 'P',
                      'complaint': 'C'}[m])
    for t in c.get('abuse', []):
        fl, txt = pick(('abuse', t, pool), ABUSE[t][pool])
        sec = SECTION_OF[t]
        if t == 'CTR-003' and ('resign' in txt or 'terminat' in txt or 'mengundurkan' in txt or 'leave' in txt
                               or 'melarikan' in txt or 'pulang' in txt):
            sec = 'termination'
        if t == 'CTR-005' and ('terminat' in txt or 'dismiss' in txt):
            sec = rng.choice(['medical', 'termination'])
        if t == 'CTR-004' and 'hours' in txt.lower() and 'Working hours' in txt:
            sec = 'hours'
        add(sec, 'abuse', txt, rule=t, fl=fl)
    for t in c.get('look', []):
        fl, txt = pick(('look', t, pool), LOOK[t][pool], avoid=avoid)
        sec = SECTION_OF[t]
        if t == 'CTR-003' and ('notice' in txt or 'resign' in txt or 'ends' in txt or 'leave' in txt
                               or 'mengakhiri' in txt or 'berakhirnya' in txt):
            sec = 'termination'
        if t == 'CTR-005' and ('dismiss' in txt or 'terminat' in txt or 'memutuskan' in txt):
            sec = 'termination' if rng.random() < 0.4 else 'medical'
        add(sec, 'look', txt, rule=t, fl=fl)
    # shuffle type items inside their sections (elements keep their place first or last)
    for k, lst in items.items():
        typed = [i for i in lst if i['kind'] in ('abuse', 'look')]
        if len(typed) > 0 and len(lst) > 1:
            base = [i for i in lst if i['kind'] not in ('abuse', 'look')]
            for it in typed:
                pos = rng.randrange(0, len(base) + 1)
                base.insert(pos, it)
            items[k] = base
    # a section whose only element went to the schedule refers to the schedule
    refs = {'wage': ("The {W}'s wage is stated in the Schedule.", "Besaran gaji tercantum dalam Lampiran."),
            'hours': ("Hours of work are stated in the Schedule.", "Jam kerja tercantum dalam Lampiran."),
            'rest': ("The weekly rest day is stated in the Schedule.", "Hari libur mingguan tercantum dalam Lampiran."),
            'repat': ("Return travel is dealt with in the Schedule.", "Tiket pulang diatur dalam Lampiran."),
            'disputes': ("Where help can be sought is stated in the Schedule.",
                         "Tempat pengaduan tercantum dalam Lampiran.")}
    for sec, (ten, tid) in refs.items():
        if any(it['kind'] == 'elem' and it['sec'] == sec for it in sched) and \
                not any(it['kind'] == 'elem' for it in items[sec]):
            items[sec].insert(0, dict(kind='ord', tmpl=ten if lang == 'en' else tid, rule=None, table=False, sec=sec))
    c['items'] = items
    c['sched'] = sched


TERM_PAIR = {'en': "This Contract shall be valid for a period of {dur}, commencing on the date of the {W}'s arrival in {dest}.",
             'id': "Perjanjian ini berlaku selama {dur_id} terhitung sejak {W} tiba di {dest}."}
WAGE_PAIR = {'en': "The {E} shall pay the {W} a monthly salary of {wage}.",
             'id': "{E} membayar gaji kepada {W} sebesar {wage} per bulan."}
HOURS_PAIR = {'en': "Normal working hours shall be {hpd} hours a day, six days a week.",
              'id': "Jam kerja normal {W} adalah {hpd_id} jam sehari, enam hari dalam seminggu."}
REST_PAIR = {'en': "The {W} shall be entitled to {rest_en}.",
             'id': "{W} berhak atas {rest_id}."}
LEAVE_PAIR = {'en': "The {W} shall be granted {leave} days of paid annual leave for each year of service.",
              'id': "{W} berhak atas cuti tahunan dengan upah penuh selama {leave} hari kerja setiap tahun."}
DISPUTE_LAW_ONLY = {'en': "Any dispute arising out of this Contract shall be determined in accordance with the laws of {dest}.",
                    'you': "Any disagreement about this letter will be decided under the law of {dest}.",
                    'id': "Perselisihan yang timbul dari perjanjian ini diselesaikan menurut hukum yang berlaku di {dest}."}


# --------------------------------------------------------------- rendering
ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV',
         'XVI', 'XVII', 'XVIII', 'XIX', 'XX']
ORDINAL = ['', 'FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'SIXTH', 'SEVENTH', 'EIGHTH', 'NINTH', 'TENTH',
           'ELEVENTH', 'TWELFTH', 'THIRTEENTH', 'FOURTEENTH', 'FIFTEENTH', 'SIXTEENTH', 'SEVENTEENTH']


def num_main(i, style):
    return {'dot': '%d.' % i, 'paren': '%d)' % i, 'article': 'Article %d.' % i, 'clause': 'Clause %d:' % i,
            'section': 'Section %d \u2014' % i, 'roman': ROMAN[i] + '.', 'letter': chr(64 + i) + '.',
            'ordinal': ORDINAL[i] + ':', 'para': '\u00a7 %d' % i, 'none': '', 'pasal': 'Pasal %d' % i}[style]


def num_sub(i, j, style):
    return {'dec': '%d.%d' % (i, j), 'alpha': '(%s)' % chr(96 + j), 'roman': '(%s)' % ROMAN[j].lower(),
            'alpha_paren': '%s)' % chr(96 + j)}[style]


def visible_len(s):
    return len(re.sub(MRE, '', s))


VOWELS = set('aeiouAEIOU')


def wrap(text, width, prefix, cont, hyph):
    """Greedy wrap; prefix starts the first line; cont is the continuation indent."""
    words = [w for w in text.split(' ') if w]
    lines = []
    cur = prefix
    has = False
    for w in words:
        sep = ' ' if has or (cur and not cur.endswith(' ')) else ''
        if not has and cur.strip() == '':
            sep = ''
        cand = cur + sep + w
        if visible_len(cand) <= width or not has:
            cur = cand
            has = True
            continue
        if hyph[0] > 0 and w.isalpha() and len(w) >= 10:
            room = width - visible_len(cur) - 2
            p = min(room, len(w) - 4)
            while p >= 4 and not (w[p - 1] in VOWELS and w[p] not in VOWELS and w[p + 1] in VOWELS):
                p -= 1
            if p >= 4:
                lines.append(cur + ' ' + w[:p] + '-')
                cur = ' ' * cont + w[p:]
                hyph[0] -= 1
                continue
        lines.append(cur)
        cur = ' ' * cont + w
    lines.append(cur)
    return lines


def typo(s):
    s = re.sub(r'"([^"]*)"', '\u201c\\1\u201d', s)
    return s.replace("'", '\u2019')


def render_item(c, it, ctx):
    t = it['tmpl']
    if it['kind'] == 'abuse':
        t = t.replace('\u00a7', it['mk']) if '\u00a7' in t else it['mk'] + t
    else:
        assert '\u00a7' not in t
    s = fill(t, ctx)
    if c['joins'] and re.search(r'\. ' + MRE, s):
        s = re.sub(r'\. (' + MRE + r')(\w+)', lambda m: ('; ' + m.group(1) + m.group(2).lower())
                   if m.group(2) in LOWERABLE else m.group(0), s)
    return s


def join_items(c, texts, rng):
    """Run items together into one paragraph; some '. ' become '; '."""
    out = texts[0]
    for nxt in texts[1:]:
        m = nxt[0] if nxt[0] in MARKS else ''
        bare = nxt[len(m):]
        first = bare.split(' ', 1)[0]
        if c['joins'] and first in LOWERABLE and out.endswith('.') and rng.random() < 0.7:
            out = out[:-1] + '; ' + ('and ' if rng.random() < 0.3 else '') + m + first.lower() + bare[len(first):]
        else:
            out = out + ' ' + nxt
    return out


def heading_text(c, sec, hd):
    if c['pov'] == 'you' or not c['bilingual']:
        return hd
    b = EL.BIL[c['bilingual']][sec]
    if c['bilingual'] == 'zh':
        return '%s / %s' % (b, hd)
    return '%s / %s' % (hd, b)


def render(c, rng, over=None):
    """Return the list of lines (markers still in) for contract c."""
    over = over or {}
    ctx = Ctx(c['ctx'])
    ctx.update(over.get('ctx', {}))
    lang = c['lang']
    pool = 'you' if c['pov'] == 'you' else lang
    numbering = over.get('numbering', c['numbering'])
    headings = over.get('headings', c['headings'])
    width = over.get('width', c['width'])
    hyph = [c['hyph']]
    nm = c['names']
    L = []

    def blank():
        if L and L[-1] != '':
            L.append('')

    def para(text, prefix='', cont=None):
        if cont is None:
            cont = {'hang': len(prefix), 'flat': 0, 'fixed': 4}[c['indent']]
            if prefix == '':
                cont = 0
        if c['typographic']:
            text = typo(text)
            prefix = typo(prefix)
        L.extend(wrap(text, width, prefix + (' ' if prefix and not prefix.endswith(' ') else ''), cont, hyph))

    # ---- title and parties
    E, W, A = ctx['E'], ctx['W'], ctx['A']
    if pool == 'you':
        L.append(rng.choice(['OFFER OF EMPLOYMENT', 'LETTER OF EMPLOYMENT', 'YOUR EMPLOYMENT TERMS']))
        L.append('')
        L.append('Dear %s,' % nm['worker'].split()[0])
        L.append('')
        ag = nm['agency'] if nm['agency'].endswith('.') else nm['agency'] + '.'
        para('%s offers you work in %s through %s This letter sets out the terms of your employment. '
             'Please read it carefully and keep a copy.' % (nm['employer'], ctx['dest'], ag))
    elif lang == 'id':
        L.append(rng.choice(['PERJANJIAN KERJA', 'PERJANJIAN KERJA PEKERJA MIGRAN INDONESIA',
                             'PERJANJIAN KERJA ANTARA PEMBERI KERJA DAN PEKERJA MIGRAN']))
        L.append('')
        para('Pada hari ini, tanggal %s, kami yang bertanda tangan di bawah ini:' % nm['date'].replace(
            'January', 'Januari').replace('February', 'Februari').replace('March', 'Maret').replace(
            'May', 'Mei').replace('June', 'Juni'))
        para('1. %s, beralamat di %s, %s, selanjutnya disebut %s;' % (nm['employer'], ctx['dest_city'],
             ctx['dest'], E))
        para('2. %s, pemegang paspor nomor %s, beralamat di %s, selanjutnya disebut %s;' % (
            nm['worker'], nm['passport'], ctx['home_city'], W))
        para('dengan perantaraan %s, selanjutnya disebut %s.' % (nm['agency'], A))
        para('Kedua belah pihak sepakat untuk mengadakan perjanjian kerja dengan ketentuan sebagai berikut:')
    else:
        pre = c['preamble']
        if pre == 'ph':
            L.append('CONTRACT OF EMPLOYMENT')
            L.append('')
            L.append('KNOW ALL MEN BY THESE PRESENTS:')
            L.append('')
            para('This Contract is executed on %s in %s by and between %s, of %s, %s, hereinafter referred to '
                 'as the "%s", represented in the Philippines by %s (the "%s"), and %s, of legal age, of '
                 '%s, with passport no. %s, hereinafter referred to as the "%s".' % (
                     nm['date'], ctx['home_city'], nm['employer'], ctx['dest_city'], ctx['dest'], E,
                     nm['agency'], A, nm['worker'], ctx['home_city'], nm['passport'], W))
            L.append('')
            L.append('WITNESSETH:')
            L.append('')
            para('That the %s and the %s hereby agree to the following terms and conditions:' % (E, W))
        elif pre == 'list':
            L.append(rng.choice(['EMPLOYMENT CONTRACT', 'STANDARD EMPLOYMENT CONTRACT',
                                 'AGREEMENT FOR OVERSEAS EMPLOYMENT']))
            L.append('')
            L.append('%s: %s, %s' % (E, nm['employer'], ctx['dest_city']))
            L.append('%s: %s, passport no. %s, of %s' % (W, nm['worker'], nm['passport'], ctx['home_city']))
            L.append('%s: %s' % (A, nm['agency']))
            L.append('Date of signature: %s' % nm['date'])
        else:
            L.append(rng.choice(['CONTRACT OF EMPLOYMENT', 'CONTRACT OF SERVICE', 'EMPLOYMENT AGREEMENT']))
            L.append('')
            para('This Contract is made on %s between %s, of %s, %s (the "%s"), and %s, holder of passport '
                 'no. %s, of %s, %s (the "%s"), through %s (the "%s").' % (
                     nm['date'], nm['employer'], ctx['dest_city'], ctx['dest'], E, nm['worker'],
                     nm['passport'], ctx['home_city'], ctx['home'], W, nm['agency'], A))
            para('The parties agree as follows:')
    L.append('')

    # ---- sections
    secs = [s for s in ORDER if c['items'][s]]
    if c['schedule']:
        for s in ('wage', 'hours', 'rest', 'repat', 'disputes'):
            if s not in secs and any(it['kind'] == 'elem' for it in c['sched']):
                pass
    head_lang = 'you' if pool == 'you' else lang
    hd_choice = c.setdefault('hd_choice', {s: rng.randrange(10) for s in ORDER})
    caps_sec = c.setdefault('caps_sec', rng.choice([s for s in secs if s not in ('job', 'law')])) \
        if c['caps_clause'] else None
    bullet_sec = c.setdefault('bullet_sec', rng.choice([s for s in secs if len(c['items'][s]) > 1
                                                        and s not in ('job', 'term', 'law')] or ['rest']))
    sched_refs = {'wage': ("The {W}'s wage is stated in the Schedule.", "Besaran gaji tercantum dalam Lampiran."),
                  'hours': ("Hours of work are stated in the Schedule.", "Jam kerja tercantum dalam Lampiran."),
                  'rest': ("Rest days are stated in the Schedule.", "Hari libur tercantum dalam Lampiran."),
                  'repat': ("Return travel is dealt with in the Schedule.", "Tiket pulang diatur dalam Lampiran."),
                  'disputes': ("Assistance is available as stated in the Schedule.",
                               "Tempat pengaduan tercantum dalam Lampiran.")}
    n = 0
    if c['definitions'] and pool != 'you':
        n += 1
        defs = ('In this Contract, unless the context requires otherwise: "%s" means %s; "%s" means %s; '
                '"%s" means %s, the licensed agency that recruited the %s; and "Contract" means this agreement '
                'together with any schedule to it.' % (E, nm['employer'], W, nm['worker'], A, nm['agency'], W))
        hd = 'DEFINITIONS' if lang == 'en' else 'PENGERTIAN'
        render_section(c, L, para, blank, n, numbering, headings, hd, [defs], rng, False, False)
    for s in secs:
        n += 1
        its = c['items'][s]
        texts = [render_item(c, it, ctx) for it in its]
        if c['schedule'] and s in sched_refs and not any(it['kind'] == 'elem' for it in its) and \
                any(it['kind'] == 'elem' and it is not None for it in c['sched']):
            pass
        hopts = EL.HEAD[head_lang][s]
        hd = hopts[hd_choice[s] % len(hopts)]
        hd = heading_text(c, s, hd)
        render_section(c, L, para, blank, n, numbering, headings, hd, texts, rng,
                       s == caps_sec, c['bullets'] and s == bullet_sec and len(texts) > 1)
    # ---- schedule
    if c['sched']:
        blank()
        L.append(rng.choice(['SCHEDULE A \u2014 PARTICULARS OF EMPLOYMENT', 'ANNEX 1: KEY TERMS',
                             'SCHEDULE OF TERMS']) if lang == 'en' else 'LAMPIRAN: RINCIAN SYARAT KERJA')
        L.append('')
        for it in c['sched']:
            t = it['tmpl']
            lab, val = [x.strip() for x in t.split('::')]
            lab = fill(lab, ctx)
            val = fill(val, ctx)
            m = it['mk'] if it['kind'] == 'abuse' else ''
            dots = max(3, 44 - len(lab))
            line = '%s%s %s %s;' % (m, lab, '.' * dots, val)
            if c['typographic']:
                line = typo(line)
            L.append(line)
        L[-1] = L[-1][:-1] + '.'
    # ---- signatures
    blank()
    if pool == 'you':
        L.append('Signed for the employer: ______________________')
        L.append('I have read and understood this letter: ______________________')
    elif lang == 'id':
        para('Demikian perjanjian ini dibuat dan ditandatangani oleh kedua belah pihak dalam keadaan sadar '
             'dan tanpa paksaan.')
        L.append('')
        L.append('%-34s%s' % (E, W))
        L.append('%-34s%s' % ('______________________', '______________________'))
    else:
        para('IN WITNESS WHEREOF the parties have signed this Contract on the date stated above.')
        L.append('')
        L.append('%-34s%s' % ('For the ' + E, 'The ' + W))
        L.append('%-34s%s' % ('______________________', '______________________'))
        L.append('Witness (%s): ______________________' % A)
    if c['footnote']:
        L.append('')
        t = fill(EL.FOOTNOTE_TEXT[pool], ctx)
        t = t[:2] + t[2].upper() + t[3:]
        para(t)
    if c['caps']:
        L = [x.upper() for x in L]
    while L and L[-1] == '':
        L.pop()
    return L


def render_section(c, L, para, blank, n, numbering, headings, hd, texts, rng, caps, bullets):
    if caps:
        texts = [t.upper() for t in texts]
        hd = hd.upper()
    num = num_main(n, numbering)
    if c['blank_between'] or headings != 'inline':
        blank()
    if bullets:
        c['bullets_used'] = True
        para((num + ' ' if num else '') + hd)
        if headings != 'inline':
            L.append('')
        for k, t in enumerate(texts):
            t = t[:-1] + (';' if k < len(texts) - 1 else '.') if t.endswith('.') else t
            para(t, prefix='-', cont=2)
        return
    if headings == 'pasal' or numbering == 'pasal':
        L.append(num_main(n, 'pasal'))
        L.append(hd)
        if len(texts) == 1:
            para(texts[0])
        else:
            for j, t in enumerate(texts, 1):
                para(t, prefix='(%d)' % j)
        return
    if headings == 'inline':
        hdtxt = hd if hd.upper() == hd and c['pov'] != 'you' else hd.upper()
        if c['lang'] == 'en' and not c['caps'] and c['titlecase'] and c['pov'] != 'you':
            hdtxt = ' '.join(x if x in ('/',) else (x.lower() if x in ('AND', 'OF', 'TO', 'THE') else
                             x.capitalize()) for x in hd.split(' '))
        lead = (num + ' ' if num else '') + hdtxt + ('.' if not hdtxt.endswith('.') else '')
        para(join_items(c, texts, rng), prefix=lead)
        return
    if headings == 'line':
        L.append((num + ' ' if num else '') + hd)
        L.append('')
        para(join_items(c, texts, rng))
        return
    # 'sub': heading, then numbered sub-clauses
    L.append((num + ' ' if num else '') + hd)
    if len(texts) == 1:
        para(texts[0])
        return
    for j, t in enumerate(texts, 1):
        sn = num_sub(n, j, c['subnum']) if numbering not in ('none',) else num_sub(n, j, 'alpha')
        para(t, prefix=sn)


# ------------------------------------------------------------------ pairs
def pair_params(c):
    """(origin overrides, destination overrides) for a pair design."""
    lang = c['lang']
    d = EL.DEST[c['dest']]
    ml = 'id' if lang == 'id' else 'en'
    w = c['wage']
    base = dict(hpd='eight (8)', hpd_id='8 (delapan)',
                rest_en='one (1) rest day of twenty-four (24) consecutive hours each week, on Sunday',
                rest_id='1 (satu) hari libur setiap minggu, yaitu hari Minggu',
                dur='two (2) years', dur_id='2 (dua) tahun')
    base['job_text'] = fill(PAIR_JOB[lang][c['sector']][0], c['ctx'])
    base['leave'] = 'fourteen (14)' if lang == 'en' else '12 (dua belas)'
    o, dd = dict(base), dict(base)
    p = c['pair']
    if p == 'wage':
        dd['wage'] = money(w - 200, c['fmt'], ml)
    elif p == 'hours':
        dd['hpd'] = 'ten (10)'
    elif p == 'rest':
        o['rest_en'] = 'two (2) rest days each week, on Saturday and Sunday'
        dd['rest_en'] = 'one (1) rest day each week, on Sunday'
    elif p == 'duration':
        dd['dur'] = 'three (3) years'
    elif p == 'job':
        dd['job_text'] = fill(PAIR_JOB[lang][c['sector']][1], c['ctx'])
    elif p == 'hours_down':
        o['hpd'] = 'nine (9)'
    elif p == 'leave_up+notation':
        dd['leave'] = 'eighteen (18)'
        dd['wage'] = money(w, 'RM{n}', ml)
        o['wage'] = money(w, 'MYR {n}', ml)
    return o, dd


PAIR_JOB = {
 'en': {'factory': ["The {W} is employed as a production operator at the {E}'s plant in {dest_city}."] * 2,
        'construction': ["The {W} is employed as a {trade} on the building projects of the {E} in {dest_city}."] * 2,
        'domestic': ["The {W} is engaged as a domestic helper for the household of the {E} in {dest_city}."] * 2},
 'id': {'care': ["{W} dipekerjakan sebagai perawat lansia untuk merawat ibu {E} di rumah {E} di {dest_city}.",
                 "{W} dipekerjakan sebagai pekerja umum untuk seluruh keluarga besar {E} dan membantu di toko "
                 "makanan milik {E} di {dest_city}."],
        'domestic': ["{W} dipekerjakan sebagai penata laksana rumah tangga di rumah {E} di {dest_city}."] * 2,
        'factory': ["{W} dipekerjakan sebagai operator produksi di pabrik {E} di {dest_city}."] * 2},
}


# ------------------------------------------------------------------- main
def finish(lines):
    """Strip markers; return text and {marker: 1-based line where it ended up}."""
    marks = {}
    out = []
    for i, l in enumerate(lines, 1):
        for ch in re.findall(MRE, l):
            assert ch not in marks
            marks[ch] = i
        out.append(re.sub(MRE, '', l).rstrip())
    return '\n'.join(out) + '\n', marks


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(SEED)
    specs = make_plan(rng)
    abuse_counts = assign_abuse(specs, rng)
    style_plan(specs, rng)
    look_counts = assign_looks(specs, rng)
    picker = Picker(rng)
    for c in specs:
        build_context(c, rng)
        choose_items(c, rng, picker)
    os.makedirs(os.path.join(outdir, 'texts'), exist_ok=True)
    labels, contracts, comp = [], [], []
    for c in specs:
        r2 = random.Random('%d-%s' % (SEED, c['id']))
        if c['role'] == 'pair':
            o, dd = pair_params(c)
            state = r2.getstate()
            lo = render(c, r2, dict(ctx=o))
            r2.setstate(state)
            dover = dict(ctx=dd)
            if c['pair'] == 'relayout':
                dover.update(numbering='dot', headings='sub', width=c['width'] - 8)
            ld = render(c, r2, dover)
            to, mo = finish(lo)
            td, md = finish(ld)
            assert not mo and not md
            with open(os.path.join(outdir, 'texts', c['id'] + '.origin.txt'), 'w', encoding='utf-8') as f:
                f.write(to)
            text = td
            marks = {}
            if c['pair_kind'] == 'less':
                labels.append((c['id'], c['lang'], 'CTR-011', ''))
        else:
            lines = render(c, r2)
            text, marks = finish(lines)
        with open(os.path.join(outdir, 'texts', c['id'] + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        # labels: each abusive item's own marker gives its line
        ab = [(sec, it) for sec in ORDER for it in c['items'][sec] if it['kind'] == 'abuse']
        ab += [('sched', it) for it in c['sched'] if it['kind'] == 'abuse']
        assert len(ab) == len(marks) == len(c.get('abuse', [])), (c['id'], len(ab), marks)
        for sec, it in ab:
            labels.append((c['id'], c['lang'], it['rule'], marks[it['mk']]))
        if os.environ.get('C4_DEBUG_DIR') and c['role'] != 'pair':
            # same text with the markers made visible, for reading the labels by eye
            dbg = '\n'.join(re.sub(MRE, lambda m: '[[%s]]' % next(it['rule'] for _, it in ab if it['mk'] == m.group(0)), x)
                            for x in lines)
            os.makedirs(os.environ['C4_DEBUG_DIR'], exist_ok=True)
            with open(os.path.join(os.environ['C4_DEBUG_DIR'], c['id'] + '.txt'), 'w', encoding='utf-8') as f:
                f.write(dbg + '\n')
        if c['role'] == 'ctr010':
            labels.append((c['id'], c['lang'], 'CTR-010', ''))
        contracts.append((c['id'], c['lang'], c['wage'], c['cur']))
        if c['role'] == 'abuse':
            detail = ','.join(it['rule'] for _, it in ab)
        elif c['role'] == 'ctr010':
            detail = '+'.join('repat' if m == 'repat_out' else m for m in c['missing'])
            if 'repat_out' in c['missing']:
                detail = detail.replace('repat', 'repat(outbound only)')
        elif c['role'] == 'pair':
            detail = c['pair']
        else:
            detail = ''
        comp.append(dict(contract=c['id'], language=c['lang'], role=c['role'], sector=c['sector'],
                         destination=c['dest'], origin=c['origin'], detail=detail,
                         lookalike_types=' '.join(c['look']), pov=c['pov'],
                         numbering=c['numbering'], headings=c['headings'], caps=int(c['caps']),
                         typographic=int(c['typographic']), schedule=int(bool(c['sched'])),
                         bullets=int(c.get('bullets_used', False)), footnote=int(c['footnote']),
                         definitions=int(c['definitions'] and c['pov'] != 'you'), bilingual=c['bilingual'],
                         lines=text.count('\n')))
    labels.sort(key=lambda r: (r[0], r[2], str(r[3])))
    with open(os.path.join(outdir, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'rule', 'line'])
        w.writerows(labels)
    with open(os.path.join(outdir, 'contracts.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'wage', 'currency'])
        w.writerows(contracts)
    with open(os.path.join(outdir, 'composition.csv'), 'w', newline='') as f:
        cols = ['contract', 'language', 'role', 'sector', 'destination', 'origin', 'detail', 'lookalike_types',
                'pov', 'numbering', 'headings', 'caps', 'typographic', 'schedule', 'bullets', 'footnote',
                'definitions', 'bilingual', 'lines']
        w = csv.DictWriter(f, cols, lineterminator='\n')
        w.writeheader()
        w.writerows(comp)
    print('abusive per type:', abuse_counts)
    print('look-alike types per contract count:', look_counts)


if __name__ == '__main__':
    main()
