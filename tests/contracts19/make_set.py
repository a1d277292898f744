# -*- coding: utf-8 -*-
"""Generator of evaluation batch 19 (Y-001 .. Y-044).  Python 3 stdlib only.

    python3 make_set.py [outdir]        (default: this folder)
    python3 make_set.py outdir --clean  (same texts without the OCR noise,
                                         only for the wording check)

Labels come from construction: every abusive clause carries a private-use
marker (U+E000 + rule number) at its start, or at the "^" written inside
it, through assembly, numbering, wrapping, page headers and footers, OCR
noise, capitals and typographic apostrophes; its label is the line where
the marker ends up.  Look-alikes carry U+E100 + type, the changed term of a
CTR-011 pair U+E0FF.  All markers are removed before writing.
"""
import csv
import os
import random
import re
import sys

from specs import C
from wording import POOL

SEED = 20261919
PAIRM = '\ue0ff'
SPLITM = '\ue0fd'
TOTALM = '\ue0fc'
PRIV = re.compile('[\ue000-\uf8ff]')


def mark(rule):
    return chr(0xE000 + int(rule[-3:]))


def lmark(rule):
    return chr(0xE100 + int(rule[-3:]))


def vis(s):
    return len(PRIV.sub('', s))


# ------------------------------------------------------------------ data
DEST = {'SA': 'Saudi Arabia', 'KW': 'Kuwait', 'QA': 'Qatar', 'MY': 'Malaysia', 'HK': 'Hong Kong',
        'AE': 'the United Arab Emirates', 'TW': 'Taiwan', 'BH': 'Bahrain', 'JO': 'Jordan', 'OM': 'Oman',
        'LB': 'Lebanon', 'SG': 'Singapore', 'CY': 'Cyprus', 'BN': 'Brunei Darussalam'}
DEST_ID = {'HK': 'Hong Kong', 'TW': 'Taiwan', 'MY': 'Malaysia', 'BN': 'Brunei Darussalam'}
DEST_CITY = {'SA': 'Riyadh', 'KW': 'Kuwait City', 'QA': 'Doha', 'MY': 'Kuala Lumpur', 'HK': 'Hong Kong',
             'AE': 'Dubai', 'TW': 'Taipei', 'BH': 'Manama', 'JO': 'Amman', 'OM': 'Muscat', 'LB': 'Beirut',
             'SG': 'Singapore', 'CY': 'Limassol', 'BN': 'Bandar Seri Begawan'}
AUTH = {'SA': 'the Ministry of Human Resources and Social Development (hotline 19911)',
        'KW': 'the Public Authority for Manpower',
        'QA': 'the Labour Relations Department of the Ministry of Labour',
        'AE': 'the Ministry of Human Resources and Emiratisation (call centre 600590000)',
        'OM': 'the Ministry of Labour',
        'BH': 'the Labour Market Regulatory Authority (LMRA)',
        'JO': 'the Ministry of Labour inspection directorate',
        'LB': 'the Ministry of Labour',
        'MY': 'the Labour Department (Jabatan Tenaga Kerja)',
        'SG': 'the Ministry of Manpower (MOM)',
        'HK': 'the Labour Department (hotline 2717 1771)',
        'TW': 'the Ministry of Labor 1955 hotline',
        'CY': 'the Department of Labour Relations'}
ORIG = {'PH': ('the Philippines', 'Manila', 'Filipino'), 'LK': ('Sri Lanka', 'Colombo', 'Sri Lankan'),
        'NP': ('Nepal', 'Kathmandu', 'Nepali'), 'BD': ('Bangladesh', 'Dhaka', 'Bangladeshi'),
        'IN': ('India', 'New Delhi', 'Indian'), 'VN': ('Vietnam', 'Hanoi', 'Vietnamese'),
        'ET': ('Ethiopia', 'Addis Ababa', 'Ethiopian'), 'KE': ('Kenya', 'Nairobi', 'Kenyan'),
        'UG': ('Uganda', 'Entebbe', 'Ugandan'), 'PK': ('Pakistan', 'Islamabad', 'Pakistani'),
        'GH': ('Ghana', 'Accra', 'Ghanaian'), 'MM': ('Myanmar', 'Yangon', 'Myanmar'),
        'ID': ('Indonesia', 'Surabaya', 'Indonesian')}
HOME_CITY = {'Y-006': 'Lucknow', 'Y-024': 'Kochi', 'Y-033': 'Thiruvananthapuram', 'Y-034': 'Ho Chi Minh City'}


def mission(c):
    o, d = c['origin'], c['dest']
    if o == 'PH':
        if d == 'HK':
            return 'the Philippine Consulate General and its Migrant Workers Office'
        if d == 'TW':
            return 'the Migrant Workers Office of MECO in Taiwan'
        return 'the Philippine Embassy and its Migrant Workers Office'
    if o == 'VN' and d == 'TW':
        return 'the Vietnam Economic and Cultural Office'
    if o == 'ID' and d == 'HK':
        return 'the Indonesian Consulate General (KJRI)'
    if o == 'LK' and d == 'HK':
        return 'the Consulate General of Sri Lanka'
    if o in ('BD', 'LK', 'IN', 'PK', 'KE', 'UG', 'GH') and d in ('SG', 'MY', 'CY'):
        return 'the High Commission of %s' % ORIG[o][0]
    return 'the Embassy of %s' % ORIG[o][0]


GULF = ('SA', 'KW', 'QA', 'AE', 'OM', 'BH', 'JO')
ISO = {'RM': 'MYR'}
SYM = {'MYR': 'RM', 'HKD': 'HK$', 'TWD': 'NT$', 'SGD': 'S$'}
WORDS_ID = {'HK': 'Kanton', 'TW': 'Mandarin', 'MY': 'Melayu', 'BN': 'Melayu'}


def iso(c):
    return ISO.get(c['cur'], c['cur'])


def money(c, amt=None, lang='en'):
    a = c['wage'] if amt is None else amt
    cur = iso(c)
    sym = SYM.get(cur, cur)
    s = '{:,}'.format(a)
    if lang == 'id':
        s = s.replace(',', '.')
    return '%s %s' % (sym, s)


TERMS = {'Y-006': ('Employee', 'Company'), 'Y-011': ('Employee', 'Company'), 'Y-016': ('Worker', 'Estate'),
         'Y-021': ('Helper', 'Employer'), 'Y-031': ('Employee', 'Company'),
         'Y-008': ('Domestic Worker', 'Employer'), 'Y-018': ('Domestic Worker', 'Employer'),
         'Y-023': ('Domestic Worker', 'Employer'), 'Y-003': ('Employee', 'Employer'),
         'Y-013': ('Employee', 'Employer'), 'Y-028': ('Employee', 'Employer'), 'Y-033': ('Employee', 'Employer'),
         'Y-004': ('worker', 'Company'), 'Y-009': ('worker', 'Hotel'), 'Y-014': ('housekeeper', 'sponsor'),
         'Y-019': ('worker', 'employer'), 'Y-024': ('worker', 'Company'), 'Y-029': ('worker', 'Company'),
         'Y-034': ('worker', 'Company')}

MONTHS = ['January', 'February', 'March', 'April']
BULAN = ['Januari', 'Februari', 'Maret', 'April']
HARI = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat']


def household(c):
    return c['sector'] in ('domestic', 'care')


# ------------------------------------------------------------------ blocks
# ('L', text)            literal line
# ('P', text, ind1, ind2) wrapped paragraph
# ('B',)                 blank line
# ('BOX', title, [texts]) boxed list (summary sheets)

class Doc:
    def __init__(self):
        self.b = []

    def L(self, t=''):
        self.b.append(('L', t))

    def P(self, t, i1='', i2=''):
        self.b.append(('P', t, i1, i2))

    def B(self):
        self.b.append(('B',))

    def F(self, t, width_hint=0):
        # form field: literal if short, else wrapped with a hanging indent
        self.b.append(('F', t))


def place_items(rng, neutral, extra):
    """Insert look-alikes and abusive items among the neutral ones."""
    items = list(neutral)
    for e in extra:
        items.insert(rng.randint(0, len(items)), e)
    return items


def abuse_text(rule, text):
    m = mark(rule)
    if '^' in text:
        return text.replace('^', m)
    return m + text


# ------------------------------------------------------------------ wrapping
def split_word(w, k):
    """Split w after k visible characters."""
    n = 0
    for i, ch in enumerate(w):
        if not PRIV.match(ch):
            n += 1
        if n == k:
            return w[:i + 1], w[i + 1:]
    return w, ''


def wrap(text, width, i1, i2, rng=None):
    words = text.split()
    lines = []
    cur = i1
    has = False
    for w in words:
        wl = vis(w)
        if not has:
            cur += w
            has = True
            continue
        if vis(cur) + 1 + wl <= width:
            cur += ' ' + w
            continue
        room = width - vis(cur) - 1
        plain = PRIV.sub('', w)
        if (rng is not None and plain.isalpha() and not PRIV.search(w) and wl >= 8 and room >= 3
                and wl - room >= 3 and rng.random() < 0.3):
            a, b = split_word(w, room)
            lines.append(cur + ' ' + a)
            cur = i2 + b
            continue
        lines.append(cur)
        cur = i2 + w
    lines.append(cur)
    return lines


def wrap_keep(text, width, i2):
    """Wrap a form line, keeping the runs of spaces between its fields."""
    toks = re.findall(r'\S+ *', text)
    lines = []
    cur = ''
    for t in toks:
        if cur and vis((cur + t).rstrip()) > width:
            lines.append(cur.rstrip())
            cur = i2 + t
        else:
            cur += t
    lines.append(cur.rstrip())
    return lines


def render(blocks, width, rng_wrap):
    out = []
    for b in blocks:
        if b[0] == 'L':
            out.append(b[1])
        elif b[0] == 'B':
            out.append('')
        elif b[0] == 'P':
            out.extend(wrap(b[1], width, b[2], b[3], rng_wrap))
        elif b[0] == 'F':
            t = b[1]
            if vis(t) <= width + 30:
                out.append(t)
            else:
                out.extend(wrap_keep(t, width, '    '))
        elif b[0] == 'BOX':
            title, items = b[1], b[2]
            inner = width - 4
            top = '+' + (' ' + title + ' ').center(width - 2, '-') + '+'
            out.append(top)
            for k, it in enumerate(items):
                if k:
                    out.append('|' + ' ' * (width - 2) + '|')
                for ln in wrap(it, inner, '* ', '  ', None):
                    out.append('| ' + ln + ' ' * (inner - vis(ln)) + ' |')
            out.append('+' + '-' * (width - 2) + '+')
    return out


# ------------------------------------------------------------------ pages
def paginate(lines, rng, header, footer):
    forced = {i for i, l in enumerate(lines) if SPLITM in l}
    out = []
    page = 1
    count = 0
    plen = rng.randint(44, 52)
    n = len(lines)
    for i, l in enumerate(lines):
        out.append(l)
        count += 1
        if i == n - 1:
            break
        near = any(i < f <= i + 15 for f in forced)
        if i in forced or (count >= plen and not near and n - 1 - i > 4):
            out.extend(footer(page))
            page += 1
            out.extend(header(page))
            count = 0
            plen = rng.randint(44, 52)
    out.extend(footer(page))
    total = str(page)
    return [l.replace(TOTALM, total).replace(SPLITM, '') for l in out]


# ------------------------------------------------------------------ OCR noise
LIG = {'fi': '\ufb01', 'fl': '\ufb02'}


def noise(line, r, lig_p):
    s = re.sub('fi|fl', lambda m: LIG[m.group()] if r.random() < lig_p else m.group(), line)
    if r.random() < 0.07:
        s = re.sub(r'\bthe\b', 'tbe', s, count=1)
    if r.random() < 0.035:
        ws = [m for m in re.finditer(r'[A-Za-z]{5,}', s) if 'm' in m.group()[1:]]
        if ws:
            m = r.choice(ws)
            w = m.group()
            k = w.index('m', 1)
            s = s[:m.start()] + w[:k] + 'rn' + w[k + 1:] + s[m.end():]
    if r.random() < 0.035:
        ws = [m for m in re.finditer(r'[A-Za-z]{5,}', s) if 'o' in m.group()[1:]]
        if ws:
            m = r.choice(ws)
            w = m.group()
            k = w.index('o', 1)
            s = s[:m.start()] + w[:k] + '0' + w[k + 1:] + s[m.end():]
    if re.match(r'^[\ue000-\uf8ff]?1\d?\.', s) and r.random() < 0.25:
        s = re.sub('1', 'l', s, count=1)
    if r.random() < 0.04:
        sp = [m.start() for m in re.finditer(r'(?<=\S) (?=\S)', s)]
        if sp:
            k = r.choice(sp)
            s = s[:k] + s[k + 1:]
    if r.random() < 0.06:
        sp = [m.start() for m in re.finditer(r'(?<=\S) (?=\S)', s)]
        if sp:
            k = r.choice(sp)
            s = s[:k] + ' ' + s[k:]
    if s.strip() and r.random() < 0.03:
        s = s + ' |' if r.random() < 0.5 else '| ' + s
    return s


# ------------------------------------------------------------------ context
def ctx_of(c):
    f = c['sex'] == 'F'
    wk, emp = TERMS.get(c['id'], ('Worker', 'Employer'))
    return {'wk': 'the ' + wk, 'Wk': 'The ' + wk, 'emp': 'the ' + emp, 'Emp': 'The ' + emp,
            'poss': 'her' if f else 'his', 'pron': 'she' if f else 'he', 'obj': 'her' if f else 'him',
            'dest': DEST[c['dest']]}


def cap1(s):
    return s[0].upper() + s[1:]


def home(c):
    return HOME_CITY.get(c['id'], ORIG[c['origin']][1])


def rest_day(c):
    return 'Friday' if c['dest'] in GULF else 'Sunday'


def looks_en(c, rng, usage):
    out = []
    ctx = ctx_of(c)
    for t in c['look']:
        vs = POOL[c['reg']][t]
        # least used variant first, ties broken by the contract's generator
        order = sorted(range(len(vs)), key=lambda k: (usage.get((c['reg'], t, k), 0), rng.random()))
        k = order[0]
        usage[(c['reg'], t, k)] = usage.get((c['reg'], t, k), 0) + 1
        out.append((t, lmark(t) + vs[k].format(**ctx)))
    return out


# ------------------------------------------------------------------ English frames
def en_elements(c, reg, ver=None):
    """The five mandatory elements in the register's words; missing ones omitted."""
    ctx = ctx_of(c)
    miss = c.get('missing', [])
    d = DEST[c['dest']]
    hh = household(c)
    e = {}
    wage = money(c, ver) if ver is not None else money(c)
    if reg == 'ocr':
        e['wage'] = 'Salary. The basic salary is %s a month, payable not later than the 5th day of the month ' \
                    'that follows.' % wage
        e['hours'] = ('Hours of work. Not more than ten hours of work in any day; %s has at least eight hours of '
                      'unbroken rest every night.' % ctx['wk']) if hh else \
                     'Hours of work. Eight hours a day and forty-eight hours a week. Overtime is paid as the ' \
                     'labour law of %s provides.' % d
        e['rest'] = 'Weekly rest. One whole day off (24 hours) each week, normally %s.' % rest_day(c)
        e['return'] = 'Return travel. On completion of this contract, or if it ends early, %s pays the air ' \
                      'ticket of %s back to %s.' % (ctx['emp'], ctx['wk'], home(c))
        e['complaint'] = 'Complaints. %s may raise any problem with the Agency, and may also seek the help of %s ' \
                         'or %s.' % (ctx['Wk'], AUTH[c['dest']], mission(c))
    elif reg == 'legal':
        w = ctx['wk']
        e['wage'] = '%s shall pay %s a basic salary of %s per calendar month, payable in arrears not later than ' \
                    'the fifth (5th) day of the following month.' % (ctx['Emp'], w, wage)
        if hh:
            e['hours'] = 'The hours of work of %s shall not exceed ten (10) hours in any one day, and %s shall be ' \
                         'allowed an uninterrupted period of rest of not less than eight (8) hours in every ' \
                         'night.' % (w, ctx['pron'])
        else:
            e['hours'] = 'The normal hours of work of %s shall not exceed eight (8) hours in any day, and %s in ' \
                         'any week, spread over six (6) working days.' % (w, '\x00HOURS\x00')
        e['rest'] = '%s shall be entitled to one (1) rest day of not less than twenty-four (24) consecutive ' \
                    'hours in each week, which shall ordinarily be %s.' % (cap1(w), rest_day(c))
        e['return'] = 'Upon the expiry or earlier termination of this Contract %s shall provide and pay for the ' \
                      'passage of %s by air to %s.' % (ctx['emp'], w, home(c))
        e['complaint'] = '%s may refer any grievance to %s in the first instance and may in any event submit a ' \
                         'complaint to %s or seek the assistance of %s.' % (cap1(w), ctx['emp'],
                                                                             AUTH[c['dest']], mission(c))
    elif reg == 'sop':
        e['wage'] = 'Wage: %s a month, paid by the 7th of the following month.' % wage
        e['hours'] = ('Working hours: up to 10 hours a day with a night rest of at least 8 hours.' if hh else
                      'Working hours: 8 hours a day, 48 hours a week; overtime paid under the law of %s.' % d)
        e['rest'] = 'Rest day: one day of 24 hours every week (%s).' % rest_day(c)
        e['return'] = 'Return passage: air ticket to %s paid by the %s when the contract ends or is ended.' % (
            home(c), 'Sponsor' if c['id'] == 'Y-014' else 'Company')
        e['complaint'] = 'Complaints: to the supervisor or HR, and at any time to %s or %s.' % (
            AUTH[c['dest']], mission(c))
    elif reg == 'summary':
        e['wage'] = 'Salary: %s every month, paid by the 7th of the next month.' % wage
        e['hours'] = ('Working hours: up to 10 hours of work a day, with at least 8 hours of rest at night.'
                      if hh else 'Working hours: 8 hours a day, 6 days a week. Overtime is paid extra.')
        e['rest'] = 'Day off: one full day (24 hours) every week, usually %s.' % rest_day(c)
        e['return'] = 'Going home: your employer pays your flight back to %s when the contract is over or ' \
                      'ends early.' % home(c)
        e['complaint'] = 'Help and complaints: %s, or %s. You can also call us.' % (
            cap1(AUTH[c['dest']]), mission(c))
    for m in miss:
        e.pop(m, None)
    return e


def frame_ocr(c, rng, looks, ver=None):
    ctx = ctx_of(c)
    el = en_elements(c, 'ocr')
    d = Doc()
    d.L(c['agency'].upper())
    d.L(c['agency_addr'] + '  |  Licence No. %s-%03d' % (rng.choice(['LB', 'RA', 'OA', 'DL']), rng.randint(100, 999)))
    d.B()
    d.L('CONTRACT OF EMPLOYMENT')
    d.L('Ref. %s/%s/2026' % (c['origin'], c['id'][2:]))
    d.B()
    mo = rng.randrange(4)
    date = '%d %s 2026' % (rng.randint(2, 27), MONTHS[mo])
    d.P('This contract is made on %s between %s, of %s, %s (the "%s"), and %s, holder of passport No. %s%07d '
        '(the "%s"), recruited through %s (the "Agency").' % (
            date, c['employer'], c['place'], DEST[c['dest']], ctx['emp'][4:], c['worker'],
            rng.choice('PEGKN'), rng.randint(1000000, 9999999), ctx['wk'][4:], c['agency']))
    d.P('The parties agree as follows:')
    head = ['Position. %s is employed as %s at %s.' % (ctx['Wk'], c['job'], c['place']),
            'Duration. This contract runs for two years from the day %s arrives in %s.' % (ctx['wk'], DEST[c['dest']])]
    for k in ('wage', 'hours', 'rest'):
        if k in el:
            head.append(el[k])
    neutral = ['Medical care. %s provides medical treatment and health insurance as the law of %s requires.' % (
        ctx['Emp'], DEST[c['dest']]),
        'Annual leave. After each full year of service %s is entitled to paid annual leave as provided by law.'
        % ctx['wk']]
    if household(c):
        neutral += ['Duties. Household work at the address above only; %s is not sent to work at the homes of '
                    'relatives or friends.' % ctx['wk'],
                    'Accommodation. A private room with a window, bedding and a fan or air conditioner, and '
                    'three meals a day, free of charge.']
    else:
        neutral += ['Work clothes. Uniforms and safety equipment are supplied free and replaced when worn out.',
                    'Accommodation. Shared housing in a licensed camp, not more than six to a room, and transport '
                    'to the site, free of charge.']
    if c['id'] == 'Y-031':
        neutral += ['Arrival. The Company buys the Employee\'s flight from Kathmandu to Dubai, and a driver meets '
                    'him at the airport.',
                    'Reporting. The Employee reports sickness or absence to the site foreman before the shift '
                    'begins.']
    extra = [t for _, t in looks] + [abuse_text(r, t) for r, t, *_ in c['abuse']]
    splits = {abuse_text(r, t) for r, t, *o in c['abuse'] if o and o[0].get('split')}
    body = place_items(rng, neutral, extra)
    tail = []
    if 'return' in el:
        tail.append(el['return'])
    if 'complaint' in el:
        tail.append(el['complaint'])
    tail.append('Applicable law. This contract is governed by the labour law of %s; any matter it does not cover '
                'follows that law.' % DEST[c['dest']])
    n = 0
    for it in head + body + tail:
        n += 1
        t = (SPLITM if it in splits else '') + it
        d.P('%d. ' % n + t, '', '')
    d.B()
    d.L('Signed at %s on %s.' % (home(c), date))
    d.B()
    d.L('______________________          ______________________')
    d.L('For the %s                    %s' % (ctx['emp'][4:], ctx['wk'][4:]))
    d.L('Witness for the Agency: ______________________')
    head_l = c['agency'].upper()
    conf = rng.choice(['CONFIDENTIAL', 'CONFIDENTIAL - FOR OFFICIAL USE', '- CONFIDENTIAL -'])
    hstyle = rng.randrange(2)

    def header(p):
        if hstyle:
            return [head_l + '   ' + conf]
        return [head_l, conf]

    def footer(p):
        return ['Page %d of %s' % (p, TOTALM)]
    return d, header, footer


def frame_form(c, rng, looks, ver=None):
    ctx = ctx_of(c)
    d = Doc()
    hh = household(c)
    code = 'F-%s-%02d' % (c['dest'], rng.randint(10, 99))
    d.L('STANDARD EMPLOYMENT CONTRACT - %s' % ('DOMESTIC WORKER' if hh else 'GENERAL WORKER'))
    d.L('Form %s   Complete in BLOCK LETTERS. Tick [X] where applicable. Write N/A if not applicable.' % code)
    if c['role'] == 'pair':
        d.L('Version of this form: ___%s___' % ver['version'].split(': ', 1)[1])
    d.B()
    d.L('PART A - PARTIES')
    d.F('Employer: ___%s___' % c['employer'])
    d.F('Address: ___%s, %s___' % (c['place'], DEST[c['dest']]))
    d.F('Worker: ___%s___     Passport No.: ___%s%07d___' % (c['worker'].upper(), rng.choice('PNAE'),
                                                               rng.randint(1000000, 9999999)))
    d.F('Nationality: ___%s___     Sex:  [%s] F  [%s] M' % (ORIG[c['origin']][2], 'X' if c['sex'] == 'F' else ' ',
                                                           'X' if c['sex'] == 'M' else ' '))
    d.F('Recruiting agency: ___%s___' % c['agency'])
    d.F('Agency in %s: ___%s___' % (DEST[c['dest']].replace('the ', ''), rng.choice(['N/A', 'see Annex 2'])))
    d.F('Emergency contact at home: ______________________')
    d.B()
    d.L('PART B - TERMS OF EMPLOYMENT')
    d.F('Position: ___%s___     Workplace: ___%s___' % (c['job'], c['place']))
    d.F('Contract period: ___24___ months from arrival     Probation: ___N/A___')
    miss = c.get('missing', [])
    terms_ab = [abuse_text(r, t) for r, t, *o in c['abuse'] if o and o[0].get('where') == 'terms']
    if 'wage' not in miss:
        if ver is not None:
            d.F(PAIRM + 'Monthly basic salary: ___%s___   Paid on: ___7th of each month___' % money(c, ver['wage']))
        else:
            d.F('Monthly basic salary: ___%s___   Paid on: ___7th of each month___' % money(c))
    if 'hours' not in miss:
        d.F('Normal working hours: ___%s___' % ('max. 10 a day, min. 8 hours rest at night' if hh else
                                               '8 a day / 48 a week, overtime paid by law'))
    if terms_ab:
        for t in terms_ab:
            d.F(t)
    elif 'rest' in miss:
        d.F('Weekly rest day(s): ________')
    else:
        d.F('Weekly rest day(s): ___1 (%s, 24 hours)___' % rest_day(c))
    if 'return' not in miss:
        d.F('Return air ticket on completion or early termination:  [ ] worker  [X] employer')
    d.F('Food:  [X] free   [ ] allowance ______     Accommodation:  [X] free, provided by employer')
    d.F('Annual leave: ___%s___     Medical care / insurance: ___see Annex 1___' % (
        '30 days paid after 24 months' if c['id'] == 'Y-027' else '21 days paid per year'))
    d.B()
    d.L('PART C - SPECIAL CONDITIONS (attach sheet if needed)')
    neutral = ['Languages spoken: ___%s___' % rng.choice(['English, basic Arabic', 'own language, some English',
                                                          'English']),
               'Previous work abroad:  [ ] yes  [X] no',
               'Uniform / work clothes supplied:  [X] yes  [ ] no',
               'Driving licence required: ___N/A___']
    if hh:
        neutral[3] = 'Household members: ___%d adults, %d children___' % (rng.randint(2, 4), rng.randint(2, 3))
    if c['id'] == 'Y-027':
        neutral.append('Ticket %s - Riyadh:  [ ] worker  [X] employer (outbound flight)' % 'Addis Ababa')
    extra = [t for _, t in looks] + [abuse_text(r, t) for r, t, *o in c['abuse']
                                     if not (o and o[0].get('where') == 'terms')]
    for it in place_items(rng, neutral, extra):
        d.F(it)
    d.B()
    if 'complaint' not in miss:
        d.L('PART D - HELP')
        d.F('Where to get help with a problem at work: ___%s; %s___' % (AUTH[c['dest']], mission(c)))
        d.B()
    d.L('PART %s - SIGNATURES' % ('E' if 'complaint' not in miss else 'D'))
    date = ver['date'] if ver else '%d %s 2026' % (rng.randint(2, 27), MONTHS[rng.randrange(4)])
    d.F('Employer: ______________   Worker: ______________   Date: ___%s___' % date)
    d.F('Witness (agency officer): ______________')
    d.F('Annex 1: insurance policy No. ___%d___ (attached)' % rng.randint(100000, 999999))

    def header(p):
        return []

    def footer(p):
        return ['Form %s   Worker\'s initials: ____   page %d' % (code, p)]
    return d, header, footer


def frame_legal(c, rng, looks, ver=None):
    ctx = ctx_of(c)
    el = en_elements(c, 'legal')
    if 'hours' in el and '\x00HOURS\x00' in el['hours']:
        h = 'forty-eight (48) hours'
        if ver is not None and ver['hours'] == 54:
            h = 'fifty-four (54) hours'
        if c['role'] == 'pair' and c['change'][0] == 'hours':
            h = PAIRM + h
        el['hours'] = el['hours'].replace('\x00HOURS\x00', h)
    w = ctx['wk'][4:]
    d = Doc()
    d.L('CONTRACT OF EMPLOYMENT')
    if ver is not None:
        d.L('(%s)' % ver['version'])
    d.B()
    day = rng.randint(2, 27)
    mo = MONTHS[rng.randrange(4)]
    when = ver['date'] if ver else '%d %s 2026' % (day, mo)
    d.P('THIS CONTRACT is made on %s' % when)
    d.L('BETWEEN')
    d.P('(1) %s, of %s, %s (hereinafter called "the Employer", which expression shall where the context so '
        'admits include its successors and permitted assigns); and' % (c['employer'], c['place'], DEST[c['dest']]),
        '', '    ')
    d.P('(2) %s, holder of %s passport No. %s%07d (hereinafter called "the %s"),' % (
        c['worker'], ORIG[c['origin']][2], rng.choice('PNKE'), rng.randint(1000000, 9999999), w), '', '    ')
    d.P('through the intermediation of %s of %s ("the Agency").' % (c['agency'], c['agency_addr']))
    d.P('WHEREAS the Employer wishes to engage the %s as %s and the %s has agreed to serve the Employer upon the '
        'terms and subject to the conditions hereinafter contained.' % (w, c['job'], w))
    d.P('NOW IT IS HEREBY AGREED as follows:')
    secs = []
    secs.append(('DEFINITIONS AND INTERPRETATION', [
        'In this Contract, unless the context otherwise requires, "Commencement Date" means the date on which the '
        '%s arrives in %s, and "Term" means the period of two (2) years from the Commencement Date.' % (
            w, DEST[c['dest']]),
        'Clause headings are inserted for convenience only and shall not affect the construction of this Contract.']))
    secs.append(('APPOINTMENT', ['The Employer appoints the %s as %s at %s for the Term.' % (w, c['job'],
                                                                                          c['place'])]))
    secs.append(('REMUNERATION', [el['wage'],
                                  'The Employer shall furnish the %s with a written statement of the remuneration '
                                  'paid in respect of each month.' % w] if 'wage' in el else []))
    hr = [el[k] for k in ('hours', 'rest') if k in el]
    secs.append(('HOURS OF WORK AND REST', hr))
    pas = ['The Employer shall bear the cost of the outward passage of the %s from %s to %s.' % (
        w, home(c), DEST[c['dest']])]
    if 'return' in el:
        pas.append(el['return'])
    secs.append(('PASSAGE', pas))
    neutral = ['The %s shall perform such duties as are reasonably incidental to the position of %s and shall '
               'comply with all lawful and reasonable instructions of the Employer.' % (w, c['job']),
               'The Employer shall provide the %s, free of charge, with %s.' % (
                   w, 'suitable accommodation, food and medical care' if household(c) else
                   'accommodation of a reasonable standard, transport to and from the place of work and medical care'),
               'The %s shall be entitled to paid annual leave and to the end-of-service benefit in accordance with '
               'the labour law of %s.' % (w, DEST[c['dest']])]
    extra = [t for _, t in looks] + [abuse_text(r, t) for r, t, *_ in c['abuse']]
    secs.append(('PARTICULAR COVENANTS', place_items(rng, neutral, extra)))
    if 'complaint' in el:
        secs.append(('GRIEVANCES', [el['complaint']]))
    else:
        secs.append(('NOTICES', ['Any notice under this Contract shall be in writing and shall be delivered by '
                                 'hand or sent by registered post to the address of the other party stated above.',
                                 'The %s shall inform the Employer in writing of any change of his next-of-kin '
                                 'particulars.' % w]))
    secs.append(('GOVERNING LAW', ['This Contract shall be governed by and construed in accordance with the laws '
                                   'of %s.' % DEST[c['dest']]]))
    n = 0
    for title, items in secs:
        if not items:
            continue
        n += 1
        d.L('%d. %s' % (n, title))
        for k, it in enumerate(items, 1):
            d.P('%d.%d %s' % (n, k, it), '', '    ')
    d.B()
    d.P('IN WITNESS WHEREOF the parties hereto have set their hands the day and year first above written.')
    d.L('SIGNED by the Employer ____________________')
    d.L('SIGNED by the %s ____________________' % w)
    d.L('in the presence of ____________________ (for the Agency)')
    ini = rng.choice(['Initials: Employer ____ %s ____' % w, 'Employer ____   %s ____' % w])

    def header(p):
        return []

    def footer(p):
        return ['', '%s        Page %d' % (ini, p)]
    return d, header, footer


SOP_STYLE = {'Y-004': ('Procedure', 'FOREIGN WORKERS (HR)', 'the HR Department'),
             'Y-009': ('HR-P', 'HR PROCEDURES MANUAL - EXPATRIATE STAFF (EXTRACT)', 'Human Resources'),
             'Y-014': ('Step', 'OFFICE PROCEDURE FOR NEWLY ARRIVED HOUSEKEEPERS', 'the Office Manager'),
             'Y-019': ('Step', 'RECRUITMENT PROCEDURE - INSTRUCTIONS TO AGENCY STAFF', 'the Operations Manager'),
             'Y-024': ('Procedure', 'SITE HR PROCEDURES - CLEANING STAFF', 'the HR Section'),
             'Y-029': ('Procedure', 'MIGRANT WORKER MANAGEMENT', 'Human Resources'),
             'Y-034': ('Procedure', 'FOREIGN WORKERS', 'the HR Department')}


def frame_sop(c, rng, looks, ver=None):
    ctx = ctx_of(c)
    el = en_elements(c, 'sop')
    style, title, owner = SOP_STYLE[c['id']]
    hh = household(c)
    who = 'Sponsor' if c['id'] == 'Y-014' else 'Company'
    d = Doc()
    d.L('CONTRACT OF EMPLOYMENT')
    if ver is not None:
        d.L(ver['version'])
    d.B()
    d.P('Between %s of %s (the %s) and %s, passport No. %s%07d (the Worker), recruited through %s, %s.' % (
        c['employer'], c['place'], who, c['worker'], rng.choice('ABEC'), rng.randint(1000000, 9999999),
        c['agency'], c['agency_addr']))
    items = ['Position: %s at %s.' % (c['job'], c['place']), 'Period: two years from arrival in %s.' % DEST[c['dest']]]
    for k in ('wage', 'hours', 'rest', 'return', 'complaint'):
        if k in el:
            items.append(el[k])
    items.append('Food and housing: %s.' % ('private room and meals at the %s\'s home, free' % who.lower()
                                            if hh else 'hostel place and canteen meals, free'))
    if c['id'] == 'Y-029':
        items.append('Shift roster: each week\'s shift plan is put up next to the canteen every Friday.')
    items.append('Annex B (Standard Operating Procedure) forms part of this contract. The %s and its staff '
                 'apply it, and the Worker may ask to read it at any time.' % who)
    for k, it in enumerate(items, 1):
        d.P('%d. %s' % (k, it), '', '   ')
    d.B()
    date = ver['date'] if ver else '%d %s 2026' % (rng.randint(2, 27), MONTHS[rng.randrange(4)])
    d.L('Signed on %s.   For the %s: ______________   Worker: ______________' % (date, who))
    d.B()
    caps = c.get('caps') == 'annex'
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    d.L('ANNEX B')
    d.L('STANDARD OPERATING PROCEDURE: ' + title)
    d.L('Doc. No. SOP-%02d   Rev. %d   Effective 1 %s 2026   Owner: %s' % (
        rng.randint(1, 40), rng.randint(1, 6), MONTHS[rng.randrange(3)], owner))
    d.P(up('Purpose: this procedure tells %s staff what to do from the arrival of a worker until the worker goes '
           'home.' % ('office' if c['id'] in ('Y-014', 'Y-019') else 'HR and site')))
    if hh:
        neutral = ['Orientation. On the first day, show the housekeeper the house, the kitchen appliances and the '
                   'washing machine, and give her a written list of her duties.',
                   'Follow-up call. Phone the sponsor and the housekeeper separately at the end of the first week '
                   'and note how she is settling in.',
                   'Records. Keep copies of the contract and the residence papers in the housekeeper\'s file.']
    elif c['id'] == 'Y-019':
        neutral = ['Selection. Arrange the trade test with the employer\'s engineer and record each candidate\'s '
                   'result on the selection sheet.',
                   'Orientation. Invite every selected candidate to the pre-departure briefing and give out the '
                   'contract copy in English two weeks before the flight.',
                   'Records. File the signed contract, the medical certificate and the visa copy in the candidate '
                   'file.']
    elif c['sector'] == 'hospitality':
        neutral = ['Airport pick-up. Meet new staff at the terminal and drive them to the staff residence.',
                   'Induction. Run the two-day hotel induction: fire exits, guest privacy, grooming and the '
                   'uniform issue.',
                   'Uniforms. Issue three sets of uniform and a name badge; the laundry cleans them free of charge.',
                   'Records. Put a copy of the contract and the residence permit in the personnel file within a '
                   'week of arrival.']
    else:
        neutral = ['Airport pick-up. Meet arriving workers at the terminal with a name board and take them '
                   'straight to the hostel.',
                   'Induction. Hold the induction briefing on the first working day, with an interpreter for each '
                   'language group.',
                   'Protective equipment. Issue safety shoes, gloves and ear plugs on day one and note the issue on '
                   'the PPE card.',
                   'Fire safety. Run a fire drill in each hostel block every three months and file the record.']
    extra = [t for _, t in looks] + [abuse_text(r, t) for r, t, *_ in c['abuse']]
    splits = {abuse_text(r, t) for r, t, *o in c['abuse'] if o and o[0].get('split')}
    body = place_items(rng, neutral, extra)
    for k, it in enumerate(body, 1):
        if style == 'Step':
            pre = 'Step %d. ' % k
        elif style == 'HR-P':
            pre = 'HR-P %d.%d ' % ((k - 1) // 2 + 1, (k - 1) % 2 + 1)
        else:
            pre = 'Procedure %d.%d ' % ((k - 1) // 3 + 1, (k - 1) % 3 + 1)
        t = (SPLITM if it in splits else '') + up(it)
        d.P(pre + t, '', '    ')
    d.B()
    d.L(up('Approved by: ______________ (%s)' % owner))

    def header(p):
        return []

    def footer(p):
        return ['', 'SOP / contract %s - page %d' % (c['id'][2:], p)]
    return d, header, footer


def frame_summary(c, rng, looks, ver=None):
    ctx = ctx_of(c)
    el = en_elements(c, 'summary')
    d = Doc()
    d.L(c['agency'].upper())
    d.L(c['agency_addr'])
    d.B()
    d.L(rng.choice(['PRE-EMPLOYMENT INFORMATION SHEET', 'INFORMATION SHEET FOR WORKERS BEFORE DEPARTURE']))
    d.P('This sheet is part of your employment contract with %s. Read it, or ask us to read it to you, before you '
        'sign. Keep it with you when you travel.' % c['employer'])
    d.L('Name: %s     Job: %s' % (c['worker'], c['job']))
    d.L('Place of work: %s, %s' % (c['place'], DEST[c['dest']]))
    d.B()
    d.L('KEY TERMS OF YOUR JOB')
    keys = [el[k] for k in ('wage', 'hours', 'rest', 'return', 'complaint') if k in el]
    keys.insert(rng.randint(1, len(keys)), 'Food and room: %s.' % (
        'you live in with the family, in your own room, with meals, free' if household(c) else
        'staff hostel and meals, free'))
    if c['id'] == 'Y-030':
        keys.insert(1, 'Pay day: on or before the 7th of each month, in cash or by transfer, with a receipt '
                       'you sign.')
    for k in keys:
        d.P('- ' + k, '', '  ')
    # distribute look-alikes and abuse among rights / conditions / box
    rights = ['You get a copy of your contract in a language you read, at least a week before you fly.',
              'You are covered by medical insurance paid by your employer.']
    cond = ["Don't forget two passport photos and your school certificate when you come for the briefing.",
            'Attend the pre-departure orientation; we send you the date by SMS.',
            'Luggage: 30 kg in the hold and 7 kg in the cabin.']
    box = ['Check that the salary on your visa papers is the same as on this sheet.',
           'Save our office number in your phone before you fly.']
    ab = {'cond': [], 'box': []}
    for r, t, *o in c['abuse']:
        ab[o[0]['where']].append(abuse_text(r, t))
    for _, t in looks:
        where = rng.choice(['rights', 'rights', 'cond', 'box'])
        {'rights': ab.setdefault('rights', []), 'cond': ab['cond'], 'box': ab['box']}[where].append(t)
    rights = place_items(rng, rights, ab.get('rights', []))
    cond = place_items(rng, cond, ab['cond'])
    box = place_items(rng, box, ab['box'])
    d.B()
    d.L('YOUR RIGHTS')
    for t in rights:
        d.P('- ' + t, '', '  ')
    d.B()
    d.L(rng.choice(['AGENCY CONDITIONS', 'IMPORTANT CONDITIONS']))
    for k, t in enumerate(cond, 1):
        d.P('%d. %s' % (k, t), '', '   ')
    d.B()
    if c.get('caps') == 'box':
        box = [t.upper() for t in box]
    d.b.append(('BOX', 'FREQUENTLY OVERLOOKED', box))
    d.B()
    d.L('I have read this sheet and I understand it.')
    date = '%d %s 2026' % (rng.randint(2, 27), MONTHS[rng.randrange(4)])
    d.L('Signature: ____________________     Date: %s' % date)

    def header(p):
        return []

    def footer(p):
        return ['', 'Information sheet %s - page %d' % (c['id'][2:], p)]
    return d, header, footer


# ------------------------------------------------------------------ Indonesian frames
def id_elements(c, ver=None):
    miss = c.get('missing', [])
    neg = DEST_ID[c['dest']]
    hh = household(c)
    wage = money(c, ver, 'id') if ver is not None else money(c, None, 'id')
    pengaduan = {'HK': 'KJRI Hong Kong, Labour Department Hong Kong (2717 1771) atau Crisis Center BP2MI (0800-1000)',
                 'TW': 'KDEI Taipei, hotline 1955 atau Crisis Center BP2MI (0800-1000)',
                 'MY': ('KJRI Johor Bahru' if c['place'].endswith('Johor') else
                        'KJRI Kuching' if 'Sarawak' in c['place'] else 'KJRI Penang') +
                       ', Jabatan Tenaga Kerja atau Crisis Center BP2MI (0800-1000)',
                 'BN': 'KBRI Bandar Seri Begawan atau Crisis Center BP2MI (0800-1000)'}[c['dest']]
    e = {'wage': 'Gaji pokok %s per bulan, dibayar paling lambat tanggal 7 bulan berikutnya.' % wage,
         'hours': ('Jam kerja paling lama 10 jam sehari dengan waktu istirahat malam sekurang-kurangnya 8 jam '
                   'berturut-turut.' if hh else
                   'Jam kerja 8 jam sehari dan 48 jam seminggu; lembur dibayar sesuai hukum %s.' % neg),
         'rest': 'Libur 1 (satu) hari penuh (24 jam) setiap minggu.',
         'return': 'Tiket pesawat pulang ke Indonesia ditanggung Pemberi Kerja pada saat kontrak selesai atau '
                   'diakhiri.',
         'complaint': 'Pengaduan dapat disampaikan ke %s.' % pengaduan}
    for m in miss:
        e.pop(m, None)
    return e


def id_looks(c):
    out = []
    for lk in c.get('look_id', []):
        t, text = lk[0], lk[1]
        where = lk[2] if len(lk) > 2 else None
        out.append((t, lmark(t) + text, where))
    return out


def frame_penempatan(c, rng, looks, ver=None):
    el = id_elements(c)
    neg = DEST_ID[c['dest']]
    d = Doc()
    d.L('PERJANJIAN PENEMPATAN')
    d.L('PEKERJA MIGRAN INDONESIA')
    d.L('Nomor: %03d/PP-%s/%s/2026' % (rng.randint(1, 400), c['dest'], rng.choice(['I', 'II', 'III'])))
    d.B()
    d.P('Pada hari ini %s, tanggal %d %s 2026, bertempat di %s, kami yang bertanda tangan di bawah ini:' % (
        rng.choice(HARI), rng.randint(2, 27), rng.choice(BULAN), c['agency_addr'].split(', ')[-1]))
    d.P('1. %s, Perusahaan Penempatan Pekerja Migran Indonesia (P3MI) pemegang SIP3MI Nomor %d Tahun 2024, '
        'beralamat di %s, dalam hal ini diwakili oleh %s selaku Direktur Utama, selanjutnya disebut PIHAK '
        'PERTAMA.' % (c['agency'], rng.randint(10, 900), c['agency_addr'],
                      rng.choice(['Drs. Hadi Prasetyo', 'Ir. Bambang Sutrisno', 'Hj. Endang Kurniasih, S.E.'])),
        '', '   ')
    d.P('2. %s, Calon Pekerja Migran Indonesia (CPMI), NIK %d, beralamat di %s, selanjutnya disebut PIHAK '
        'KEDUA.' % (c['worker'], rng.randint(3500000000000000, 3599999999999999), c['home']), '', '   ')
    d.P('PIHAK PERTAMA dan PIHAK KEDUA sepakat mengikatkan diri dalam Perjanjian Penempatan dengan ketentuan '
        'sebagai berikut.')
    pas = []
    pas.append(('Jabatan, Negara Tujuan dan Pemberi Kerja', [
        'PIHAK KEDUA akan ditempatkan sebagai %s pada %s, %s, %s.' % (c['job'], c['employer'], c['place'], neg),
        'Jangka waktu Perjanjian Kerja adalah 2 (dua) tahun terhitung sejak PIHAK KEDUA tiba di negara tujuan.']))
    pas.append(('Syarat Kerja', [el[k] for k in ('wage', 'hours', 'rest', 'return') if k in el]))
    ab = {r: abuse_text(r, t) for r, t, *o in c['abuse']}
    biaya = ['Rincian biaya penempatan dan pihak yang menanggungnya dicantumkan dalam Lampiran Perjanjian ini.']
    if 'CTR-002' in ab:
        biaya.append(ab.pop('CTR-002'))
    pas.append(('Biaya Penempatan', biaya))
    complaint_ab = [abuse_text(r, t) for r, t, *o in c['abuse'] if o and o[0].get('where') == 'complaint']
    for r, t, *o in c['abuse']:
        if o and o[0].get('where') == 'complaint':
            ab.pop(r, None)
    neutral = ['PIHAK PERTAMA wajib mengikutsertakan PIHAK KEDUA dalam Orientasi Pra Pemberangkatan (OPP) dan '
               'dalam program jaminan sosial melalui BPJS Ketenagakerjaan.',
               'PIHAK PERTAMA menyerahkan salinan Perjanjian Kerja yang telah ditandatangani kepada PIHAK KEDUA '
               'sebelum keberangkatan.',
               'PIHAK KEDUA wajib menjalani pemeriksaan kesehatan dan psikologi di sarana kesehatan yang ditunjuk.',
               'PIHAK KEDUA wajib menaati peraturan perundang-undangan dan menghormati adat istiadat di negara '
               'tujuan.']
    extra = [t for _, t, _ in looks if True] + list(ab.values())
    pas.append(('Hak dan Kewajiban Para Pihak', place_items(rng, neutral, extra)))
    if 'complaint' in el:
        pas.append(('Pengaduan dan Penyelesaian Perselisihan', [el['complaint']] + complaint_ab +
                    ['Perselisihan yang tidak dapat diselesaikan secara musyawarah diselesaikan menurut peraturan '
                     'perundang-undangan yang berlaku.']))
    else:
        pas.append(('Ketentuan Lain', ['Segala surat-menyurat mengenai Perjanjian ini dikirim ke alamat para pihak '
                                       'sebagaimana tercantum di atas.',
                                       'PIHAK KEDUA memberitahukan setiap perubahan alamat keluarganya kepada '
                                       'PIHAK PERTAMA.']))
    pas.append(('Penutup', ['Perjanjian ini dibuat rangkap 4 (empat), masing-masing bermeterai cukup dan mempunyai '
                            'kekuatan hukum yang sama.']))
    for n, (judul, ay) in enumerate(pas, 1):
        d.L('Pasal %d' % n)
        d.L(judul)
        for k, t in enumerate(ay, 1):
            d.P('(%d) %s' % (k, t) if len(ay) > 1 else t, '', '    ')
    d.B()
    d.L('PIHAK PERTAMA                              PIHAK KEDUA')
    d.L('%s' % c['agency'])
    d.L('(______________________)                 (%s)' % c['worker'])
    d.L('Mengetahui, Kepala Dinas Tenaga Kerja %s' % c['home'])
    d.L('(______________________)')
    head_l = c['agency'].upper()

    def header(p):
        return [head_l + '   RAHASIA']

    def footer(p):
        return ['Halaman %d dari %s' % (p, TOTALM)]
    return d, header, footer


def frame_pk(c, rng, looks, ver=None):
    el = id_elements(c, ver['wage'] if ver and c['change'][0] == 'wage' else None)
    neg = DEST_ID[c['dest']]
    d = Doc()
    hh = household(c)
    if c.get('form'):
        d.L('PERJANJIAN KERJA PEKERJA MIGRAN INDONESIA')
        d.L('Sektor: %s     (diisi huruf cetak; beri tanda [X] pada pilihan yang sesuai)' % (
            'perawatan / rumah tangga' if hh else 'formal'))
        d.B()
        d.L('A. PARA PIHAK')
        d.F('Nama Pemberi Kerja: ___%s___' % c['employer'])
        d.F('Alamat: ___%s, %s___' % (c['place'], neg))
        d.F('Nama PMI: ___%s___     No. Paspor: ___%s%07d___' % (c['worker'].upper(), rng.choice('ABCE'),
                                                                  rng.randint(1000000, 9999999)))
        d.F('Alamat di Indonesia: ___%s___' % c['home'])
        d.F('P3MI: ___%s___     Agensi di %s: ___%s___' % (c['agency'], neg, rng.choice(['lihat Lampiran', '-'])))
        d.B()
        d.L('B. SYARAT KERJA')
        d.F('Jabatan: ___%s___     Masa kontrak: ___3 tahun___' % c['job'])
        d.F('Gaji pokok per bulan: ___%s___     Dibayar tanggal: ___7___' % money(c, None, 'id'))
        d.F('Jam kerja: ___maks. 10 jam/hari, istirahat malam min. 8 jam___')
        terms_ab = [abuse_text(r, t) for r, t, *o in c['abuse'] if o and o[0].get('where') == 'terms']
        for t in terms_ab or ['Libur mingguan: ___1 hari (24 jam) setiap minggu___']:
            d.F(t)
        d.F('Tiket pulang saat kontrak selesai atau diakhiri:  [ ] PMI   [X] Pemberi Kerja')
        d.F('Makan:  [X] disediakan     Tempat tinggal:  [X] disediakan, kamar sendiri')
        d.B()
        d.L('C. KETENTUAN LAIN')
        neutral = ['Bahasa yang dikuasai: ___Indonesia, Mandarin dasar___',
                   'Jumlah orang yang dirawat: ___1 (lansia, 82 tahun)___',
                   'Tugas pokok: ___merawat lansia, menyiapkan makanan lansia___',
                   'Masa percobaan: ___tidak ada___',
                   'Cuti tahunan: ___7 hari setelah 1 tahun___',
                   'Asuransi: ___lihat Lampiran 1___',
                   'Kontak darurat keluarga: ______________________']
        extra = [t for _, t, _ in looks] + [abuse_text(r, t) for r, t, *o in c['abuse']
                                            if not (o and o[0].get('where') == 'terms')]
        for it in place_items(rng, neutral, extra):
            d.F(it)
        d.B()
        d.L('D. PENGADUAN')
        d.F('Apabila ada masalah hubungi: ___%s___' % el['complaint'][len('Pengaduan dapat disampaikan ke '):-1])
        d.B()
        d.F('Pemberi Kerja: ______________   PMI: ______________   Tanggal: ___%d %s 2026___' % (
            rng.randint(2, 27), rng.choice(BULAN)))

        def footer(p):
            return ['PK-PMI/%s   paraf PMI: ____   hlm. %d' % (c['dest'], p)]
        return d, (lambda p: []), footer
    d.L('PERJANJIAN KERJA')
    d.L('ANTARA PEMBERI KERJA DAN PEKERJA MIGRAN INDONESIA')
    if ver is not None:
        d.L(ver['version'])
    d.B()
    tgl = ver['date'] if ver else '%d %s 2026' % (rng.randint(2, 27), rng.choice(BULAN))
    d.L('Tanggal penandatanganan: %s' % tgl)
    d.P('Perjanjian kerja ini dibuat dan ditandatangani oleh dan antara:')
    d.P('Pemberi Kerja: %s, beralamat di %s, %s (selanjutnya disebut Pemberi Kerja); dan' % (
        c['employer'], c['place'], neg), '', '   ')
    d.P('Pekerja: %s, pemegang paspor Republik Indonesia Nomor %s%07d, beralamat di %s (selanjutnya disebut '
        'Pekerja),' % (c['worker'], rng.choice('ABCE'), rng.randint(1000000, 9999999), c['home']), '', '   ')
    d.P('yang ditempatkan melalui %s selaku P3MI. Para pihak sepakat sebagai berikut:' % c['agency'])
    items = ['Pekerja dipekerjakan sebagai %s di %s.' % (c['job'], c['place']),
             'Jangka waktu perjanjian adalah 2 (dua) tahun sejak tanggal kedatangan Pekerja di %s.' % neg]
    if 'wage' in el:
        items.append((PAIRM if c['role'] == 'pair' and c['change'][0] == 'wage' else '') + el['wage'])
    for k in ('hours', 'rest'):
        if k in el:
            items.append(el[k])
    items.append('Pemberi Kerja menyediakan %s secara cuma-cuma.' % (
        'kamar tidur sendiri dan makan tiga kali sehari' if hh else 'perumahan pekerja, air bersih dan listrik'))
    neutral = ['Pekerja berhak atas cuti tahunan dan hari libur resmi sesuai hukum %s.' % neg,
               'Pemberi Kerja menanggung biaya pengobatan Pekerja selama masa perjanjian.',
               'Pemberi Kerja menyediakan perlengkapan kerja dan alat pelindung diri tanpa biaya.',
               'Pekerja wajib melaksanakan pekerjaan dengan baik dan menaati peraturan kerja yang wajar.']
    body = place_items(rng, neutral, [t for _, t, _ in looks])
    tail = [el[k] for k in ('return', 'complaint') if k in el]
    tail.append('Perjanjian ini tunduk pada hukum %s; hal yang belum diatur mengikuti hukum tersebut.' % neg)
    for k, it in enumerate(items + body + tail, 1):
        d.P('%d. %s' % (k, it), '', '   ')
    d.B()
    d.L('Pemberi Kerja                              Pekerja')
    d.L('(______________________)                 (%s)' % c['worker'])
    d.L('Disahkan oleh Atase Ketenagakerjaan / pejabat perwakilan RI: ______________')

    def footer(p):
        return ['', 'Perjanjian Kerja %s - hlm. %d' % (c['id'][2:], p)]
    return d, (lambda p: []), footer


def frame_pernyataan(c, rng, looks, ver=None):
    el = id_elements(c)
    neg = DEST_ID[c['dest']]
    d = Doc()
    d.L('SURAT PERNYATAAN')
    d.L('CALON PEKERJA MIGRAN INDONESIA')
    d.B()
    d.L('Yang bertanda tangan di bawah ini:')
    d.L('Nama                 : %s' % c['worker'])
    d.L('Tempat/Tgl. Lahir    : %s, %d-%02d-%d' % (c['home'].replace('Kabupaten ', ''), rng.randint(1, 28),
                                                    rng.randint(1, 12), rng.randint(1990, 2003)))
    d.L('NIK                  : %d' % rng.randint(3201000000000000, 3529999999999999))
    d.L('Alamat               : %s' % c['home'])
    d.L('Negara tujuan        : %s' % neg)
    d.L('Pemberi Kerja        : %s' % c['employer'])
    d.L('Jabatan              : %s' % c['job'])
    d.L('P3MI                 : %s' % c['agency'])
    d.B()
    d.P('dengan ini menyatakan dengan sesungguhnya bahwa:')
    neutral = ['Saya mendaftar sebagai CPMI atas kemauan sendiri dan telah mendapat izin dari %s.' % (
        'suami/orang tua/wali' if c['sex'] == 'F' else 'istri/orang tua'),
        'Saya telah mengikuti Orientasi Pra Pemberangkatan (OPP) dan memahami isi Perjanjian Kerja.',
        'Saya dalam keadaan sehat jasmani dan rohani sesuai hasil pemeriksaan kesehatan.',
        'Data dan dokumen yang saya serahkan adalah benar dan bukan hasil pemalsuan.',
        'Saya akan menaati hukum dan menghormati adat istiadat di negara tujuan.']
    extra = [t for _, t, _ in looks] + [abuse_text(r, t) for r, t, *_ in c['abuse']]
    for k, it in enumerate(place_items(rng, neutral, extra), 1):
        d.P('%d. %s' % (k, it), '', '   ')
    d.B()
    d.L('RINGKASAN SYARAT KERJA YANG TELAH DIJELASKAN KEPADA SAYA')
    keys = [el[k] for k in ('wage', 'hours', 'rest', 'return', 'complaint') if k in el]
    if c['id'] == 'Y-043':
        keys.insert(2, 'Cuti tahunan 14 hari kerja dengan upah penuh setelah bekerja 1 (satu) tahun.')
        keys.insert(3, 'Tiket keberangkatan dari Pontianak ke Bandar Seri Begawan dibayar oleh Pemberi Kerja.')
    for k in keys:
        d.P('- ' + k, '', '  ')
    d.B()
    d.P('Demikian surat pernyataan ini saya buat dengan sadar dan tanpa paksaan dari pihak mana pun, untuk '
        'dipergunakan sebagaimana mestinya.')
    d.L('%s, %d %s 2026' % (c['agency_addr'].split(', ')[-1], rng.randint(2, 27), rng.choice(BULAN)))
    d.L('Yang membuat pernyataan,')
    d.L('[meterai Rp 10.000]')
    d.L('(%s)' % c['worker'])
    d.L('Mengetahui, orang tua/wali: ______________________')

    def footer(p):
        return ['', 'Surat Pernyataan CPMI - %s - hlm. %d' % (c['agency'], p)]
    return d, (lambda p: []), footer


def frame_tatatertib(c, rng, looks, ver=None):
    el = id_elements(c)
    neg = DEST_ID[c['dest']]
    blk = c.get('blk')
    org = 'LPK CAHAYA MANDIRI' if blk else c['agency'].upper()
    d = Doc()
    d.L(org)
    d.L('Jl. Kaligawe Raya No. 40, Semarang' if blk else c['agency_addr'])
    d.B()
    d.L('RINGKASAN PERJANJIAN KERJA CALON PMI')
    d.L('Nama: %s     Negara tujuan: %s' % (c['worker'], neg))
    d.L('Pemberi Kerja: %s, %s' % (c['employer'], c['place']))
    for k in ('wage', 'hours', 'rest', 'return', 'complaint'):
        if k in el:
            d.P('- ' + el[k], '', '  ')
    d.P('Tata tertib di bawah ini merupakan bagian yang tidak terpisahkan dari Perjanjian Penempatan dan '
        'Perjanjian Kerja peserta%s.' % (', dan berlaku sejak peserta masuk asrama LPK' if blk else ''))
    d.B()
    d.L('TATA TERTIB %s' % ('ASRAMA PESERTA PELATIHAN LPK CAHAYA MANDIRI' if blk else
                            'PENAMPUNGAN CALON PMI %s' % c['agency'].upper()))
    w = {'umum': [], 'kewajiban': [], 'larangan': []}
    for r, t, *o in c['abuse']:
        w[o[0]['where']].append(abuse_text(r, t))
    for _, t, wh in looks:
        w[wh].append(t)
    umum = ['Tata tertib ini berlaku bagi seluruh peserta yang tinggal di %s.' % ('asrama' if blk else
                                                                                  'penampungan'),
            'Kegiatan pelatihan berlangsung setiap hari Senin sampai Jumat pukul 08.00-16.00.',
            'Peserta mendapat makan tiga kali sehari dan air minum tanpa biaya.']
    kew = ['Peserta wajib menjaga kebersihan kamar dan kamar mandi sesuai jadwal piket.',
           'Peserta wajib mengikuti seluruh pelajaran bahasa %s dan praktik kerja.' % WORDS_ID[c['dest']],
           'Peserta wajib memakai seragam pada jam pelatihan.']
    lar = ['membawa minuman keras, narkoba atau senjata tajam ke dalam %s;' % ('asrama' if blk else 'penampungan'),
           'merokok di dalam kamar;', 'memasak di kamar tidur;']
    d.L('BAB I - KETENTUAN UMUM')
    for k, t in enumerate(place_items(rng, umum, w['umum']), 1):
        d.P('%d. %s' % (k, t), '', '   ')
    d.L('BAB II - KEWAJIBAN DAN KETENTUAN BAGI PESERTA')
    for k, t in enumerate(place_items(rng, kew, w['kewajiban']), 1):
        d.P('%d. %s' % (k, t), '', '   ')
    d.L('BAB III - LARANGAN')
    d.L('Peserta dilarang:')
    for k, t in enumerate(place_items(rng, lar, w['larangan'])):
        d.P('%s. %s' % ('abcdefgh'[k], t), '', '   ')
    d.L('BAB IV - SANKSI')
    d.P('1. Pelanggaran pertama dikenai teguran lisan; pelanggaran berulang dikenai teguran tertulis.', '', '   ')
    d.P('2. Teguran tertulis dicatat dalam buku pembinaan peserta.', '', '   ')
    d.B()
    d.L('Ditetapkan di %s, %d %s 2026' % ('Semarang' if blk else 'Jakarta', rng.randint(2, 27), rng.choice(BULAN)))
    d.L('%s' % ('Pimpinan LPK' if blk else 'Kepala Penampungan'))
    d.L('(______________________)')
    d.L('Peserta: (%s)' % c['worker'])

    def footer(p):
        return ['', 'Tata Tertib - hlm. %d' % p]
    return d, (lambda p: []), footer


def frame_handout(c, rng, looks, ver=None):
    el = id_elements(c)
    neg = DEST_ID[c['dest']]
    d = Doc()
    d.L(c['agency'].upper())
    d.L('LEMBAR INFORMASI PRA-PEMBERANGKATAN')
    d.L('Untuk PMI tujuan %s - harap dibaca dan disimpan' % neg)
    d.P('Lembar ini adalah bagian dari Perjanjian Kerja Anda dengan %s dan dibagikan pada saat OPP.' % c['employer'])
    d.L('Nama: %s     Jabatan: %s' % (c['worker'], c['job']))
    d.L('Penempatan: %s' % c['place'])
    d.B()
    d.L('SYARAT KERJA ANDA')
    for k in ('wage', 'hours', 'rest', 'return', 'complaint'):
        if k in el:
            d.P('- ' + el[k], '', '  ')
    w = {'hak': [], 'info': [], 'box': []}
    for r, t, *o in c['abuse']:
        w[o[0]['where']].append(abuse_text(r, t))
    for _, t, wh in looks:
        w[wh or rng.choice(['hak', 'info', 'box'])].append(t)
    hak = ['Anda menerima salinan Perjanjian Kerja dalam bahasa Indonesia sebelum berangkat.',
           'Anda terdaftar sebagai peserta BPJS Ketenagakerjaan selama bekerja di luar negeri.']
    info = ['Bawa pakaian kerja lengan panjang dan sepatu bot; sarung tangan disediakan oleh ladang.',
            'Penerbangan ke %s dijadwalkan dua minggu setelah OPP; jadwal dikirim lewat SMS.' % neg,
            'Simpan nomor telepon kantor P3MI dan nomor keluarga di buku catatan, bukan hanya di HP.']
    box = ['Periksa apakah nama dan nomor paspor pada visa kerja Anda sudah benar.']
    d.B()
    d.L('HAK ANDA')
    for t in place_items(rng, hak, w['hak']):
        d.P('- ' + t, '', '  ')
    d.B()
    d.L('YANG PERLU ANDA KETAHUI')
    for k, t in enumerate(place_items(rng, info, w['info']), 1):
        d.P('%d. %s' % (k, t), '', '   ')
    d.B()
    d.b.append(('BOX', 'SERING TERLEWAT', place_items(rng, box, w['box'])))
    d.B()
    d.L('Saya telah menerima dan memahami lembar informasi ini.')
    d.L('Tanda tangan: ____________________     Tanggal: %d %s 2026' % (rng.randint(2, 27), rng.choice(BULAN)))

    def footer(p):
        return ['', 'Informasi PMI %s - hlm. %d' % (c['id'][2:], p)]
    return d, (lambda p: []), footer


FRAMES = {'ocr': frame_ocr, 'form': frame_form, 'legal': frame_legal, 'sop': frame_sop, 'summary': frame_summary,
          'penempatan': frame_penempatan, 'pk': frame_pk, 'pernyataan': frame_pernyataan,
          'tatatertib': frame_tatatertib, 'handout': frame_handout}


# ------------------------------------------------------------------ build one text
def build(c, ver, usage, clean=False):
    rng = random.Random('%d:%s:main' % (SEED, c['id']))
    if c['lang'] == 'en':
        looks = looks_en(c, random.Random('%d:%s:look' % (SEED, c['id'])), usage)
    else:
        looks = id_looks(c)
    d, header, footer = FRAMES[c['reg']](c, rng, looks, ver)
    width = rng.randint(68, 78)
    is_ocr = c['reg'] == 'ocr' or c.get('ocr')
    rwrap = random.Random('%d:%s:wrap' % (SEED, c['id'])) if is_ocr and not clean else None
    lines = render(d.b, width, rwrap)
    lines = paginate(lines, random.Random('%d:%s:page' % (SEED, c['id'])), header, footer)
    if is_ocr and not clean:
        lig_p = random.Random('%d:%s:lig' % (SEED, c['id'])).choice([0.5, 0.8, 1.0])
        lines = [noise(l, random.Random('%d:%s:noise:%d' % (SEED, c['id'], i)), lig_p)
                 for i, l in enumerate(lines)]
    if c.get('typo'):
        lines = [l.replace("'", '\u2019') for l in lines]
    labels = []
    look_found = []
    pair_line = None
    for i, l in enumerate(lines, 1):
        for ch in l:
            o = ord(ch)
            if 0xE001 <= o <= 0xE009:
                labels.append(('CTR-%03d' % (o - 0xE000), i))
            elif 0xE101 <= o <= 0xE109:
                look_found.append('CTR-%03d' % (o - 0xE100))
            elif ch == PAIRM:
                pair_line = i
    text = [PRIV.sub('', l).rstrip() for l in lines]
    return text, labels, look_found, pair_line, lines


# ------------------------------------------------------------------ main
def pair_versions(c):
    kind, a, b = c['change']
    oc = ORIG[c['origin']][1] if c['id'] != 'Y-044' else 'Selong'
    oc = HOME_CITY.get(c['id'], oc)
    dc = {'Y-032': 'Doha', 'Y-033': 'Manama', 'Y-034': 'Melaka', 'Y-044': 'Kluang'}[c['id']]
    if c['lang'] == 'id':
        vo = {'version': 'Naskah: ditandatangani di %s sebelum keberangkatan' % oc, 'date': '14 Januari 2026'}
        vd = {'version': 'Naskah: ditandatangani di %s setelah kedatangan' % dc, 'date': '3 Maret 2026'}
    else:
        vo = {'version': 'Version: signed in %s before departure' % oc, 'date': '14 January 2026'}
        vd = {'version': 'Version: signed in %s after arrival' % dc, 'date': '3 March 2026'}
    vo['wage'] = vd['wage'] = c['wage']
    vo['hours'] = vd['hours'] = 48
    if kind == 'wage':
        vo['wage'], vd['wage'] = a, b
    elif kind == 'hours':
        vo['hours'], vd['hours'] = a, b
    return vo, vd


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    clean = '--clean' in sys.argv
    out = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(out, 'texts'), exist_ok=True)
    usage = {}
    lab_rows, con_rows, comp_rows = [], [], []
    report = []
    total_lines = 0
    main_lines = 0
    for c in C:
        cid = c['id']
        if c['role'] == 'pair':
            vo, vd = pair_versions(c)
            u2 = dict(usage)
            to, lo, lko, plo, _ = build(c, vo, u2, clean)
            text, labels, lk, pl, raw = build(c, vd, usage, clean)
            with open(os.path.join(out, 'texts', cid + '.origin.txt'), 'w', encoding='utf-8', newline='\n') as f:
                f.write('\n'.join(to) + '\n')
            total_lines += len(to)
            assert len(to) == len(text), (cid, len(to), len(text))
            diff = [(i + 1, a, b) for i, (a, b) in enumerate(zip(to, text)) if a != b]
            report.append('%s pair diff (%d lines):' % (cid, len(diff)))
            for i, a, b in diff:
                report.append('   %3d - %s' % (i, a))
                report.append('   %3d + %s' % (i, b))
        else:
            text, labels, lk, pl, raw = build(c, None, usage, clean)
        with open(os.path.join(out, 'texts', cid + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(text) + '\n')
        total_lines += len(text)
        main_lines += len(text)
        # checks
        want = sorted(r for r, *_ in c['abuse'])
        assert sorted(r for r, _ in labels) == want, (cid, labels, want)
        want_look = sorted(c['look'] if c['lang'] == 'en' else [x[0] for x in c['look_id']])
        assert sorted(lk) == want_look, (cid, lk, want_look)
        own = set(want)
        assert not own & set(want_look), cid
        if {'CTR-005', 'CTR-006'} & (set(want) | set(want_look)):
            assert c['sex'] == 'F' and c['dest'] != 'SG', cid
        labels.sort(key=lambda x: x[1])
        for r, ln in labels:
            lab_rows.append([cid, c['lang'], r, ln])
            report.append('%s %s line %d:' % (cid, r, ln))
            report.append('      %s' % (text[ln - 2] if ln >= 2 else ''))
            report.append('   >> %s' % text[ln - 1])
        detail = ' '.join(r for r, _ in labels)
        if c['role'] == 'missing':
            lab_rows.append([cid, c['lang'], 'CTR-010', ''])
            detail = ' '.join(c['missing'])
        if c['role'] == 'pair':
            if c['change'][0] != 'none':
                assert pl is not None
                lab_rows.append([cid, c['lang'], 'CTR-011', pl])
                report.append('%s CTR-011 line %d: %s' % (cid, pl, text[pl - 1]))
            detail = c['change'][0]
        con_rows.append([cid, c['lang'], c['wage'], iso(c)])
        pov = {'ocr': 'parties', 'form': 'form', 'legal': 'parties', 'sop': 'staff', 'summary': 'you',
               'penempatan': 'parties', 'pk': 'form' if c.get('form') else 'parties', 'pernyataan': 'first',
               'tatatertib': 'rules', 'handout': 'you'}[c['reg']]
        numbering = {'ocr': 'dotted', 'form': 'fields', 'legal': 'decimal', 'sop': 'procedure',
                     'summary': 'bullets', 'penempatan': 'pasal', 'pk': 'fields' if c.get('form') else 'dotted',
                     'pernyataan': 'dotted', 'tatatertib': 'bab', 'handout': 'bullets'}[c['reg']]
        is_ocr = c['reg'] == 'ocr' or c.get('ocr')
        sched = c['reg'] + ('+ocr' if c.get('ocr') else '') + ('+blk' if c.get('blk') else '')
        comp_rows.append([cid, c['lang'], c['role'], c['sector'], c['dest'], c['origin'], detail,
                          ' '.join(want_look), pov, numbering, 1 if c.get('caps') else 0, 1 if c.get('typo') else 0,
                          2 if is_ocr else 0, sched, 1 if c['reg'] == 'legal' else 0, 0, len(text)])
        report.append('%s looks: %s' % (cid, ' '.join(lk)))
    for (reg, t, k), n in usage.items():
        assert n <= 2, (reg, t, k, n)
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'rule', 'line'])
        w.writerows(lab_rows)
    with open(os.path.join(out, 'contracts.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'wage', 'currency'])
        w.writerows(con_rows)
    with open(os.path.join(out, 'composition.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'role', 'sector', 'destination', 'origin', 'detail', 'lookalike_types',
                    'pov', 'numbering', 'caps_all', 'typographic', 'hyphenation', 'schedule', 'definitions',
                    'bilingual', 'lines'])
        w.writerows(comp_rows)
    print('\n'.join(report))
    print('text files: %d lines in all, %d in main texts' % (total_lines, main_lines))


if __name__ == '__main__':
    main()
