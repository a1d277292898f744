#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for contract evaluation batch 5 (J-001..J-080), written blind.

Deterministic (fixed seed, Python 3 stdlib only).  Usage:
    python3 make_set.py [outdir]            # default: directory of this file
    C5_DEBUG_DIR=dir python3 make_set.py    # also write marker-visible copies

Labels come from construction: every abusive sentence carries a private-use
marker character through filling, joining, upper-casing, wrapping,
hyphenation and page furniture; its label line is the line on which the
marker ends up, and the marker is then removed.
"""
import csv
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variants import (HOME, ABUSE_EN, ABUSE_ID, LOOK_EN, LOOK_ID, SCHED_ABUSE,
                      SCHED_LOOK, QUESTION)
from elements import (ELEM_EN, ELEM_ID, MISSING_EN, MISSING_ID, ORD_EN, ORD_ID,
                      HEAD_EN, HEAD_ID, QSECT, BI_HEAD, BI_ELEM, BI_ORD, BI_ABUSE,
                      BI_LOOK, DEST, DEST_ID, ORIGIN, EMPLOYERS_EN, FAMILY, COMPANY, SUFFIX,
                      AGENCIES, JOBS)

SEED = 20250611
TYPES = ['CTR-%03d' % i for i in range(1, 10)]
MBASE = 0xE000          # abusive-sentence markers
FUNC = set("The A An Any All No Should If It Where During Each Every Until Upon On In At For This "
           "Such Its Both Neither None Only Unless While Once After Before Wages Salary Salaries "
           "Release Travel Training Deployment Costs Liquidated Early Cheques Outings Telephone "
           "Working Continued Pregnancy Termination Contraceptive Medical Marriage Dating Permission "
           "Sixty Transfer Departure Complaints Membership Disputes Nothing Taking Documents Confiscation "
           "Remittances Participation Filing Mediation Harassment House Married Deductions Dormitory "
           "Overtime Work Exit Identity Any".split())
SECT_ORDER = ['defs', 'job', 'duration', 'wage', 'hours', 'rest', 'board', 'medical', 'conduct',
              'docs', 'costs', 'travel', 'term', 'disputes', 'law']


# ------------------------------------------------------------------ helpers
def parse(v):
    """'flags|text' -> (set(flags), home or None, text)"""
    m = re.match(r'^([a-z=,]+)\|(.*)$', v, re.S)
    if not m:
        return set(), None, v
    flags, home = set(), None
    for f in m.group(1).split(','):
        if f.startswith('h='):
            home = f[2:]
        else:
            flags.add(f)
    return flags, home, m.group(2)


def en_words(n):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " \
           "fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def h(n):
        out = []
        if n >= 100:
            out.append(ones[n // 100] + " hundred")
            n %= 100
            if n:
                out.append("and")
        if n >= 20:
            out.append(tens[n // 10] + ("-" + ones[n % 10] if n % 10 else ""))
        elif n or not out:
            out.append(ones[n])
        return " ".join(out)
    if n >= 1000:
        r = n % 1000
        s = h(n // 1000) + " thousand"
        if r:
            s += (" and " if r < 100 else " ") + h(r)
        return s
    return h(n)


def id_words(n):
    ones = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()

    def h(n):
        out = []
        if n >= 100:
            out.append("seratus" if n // 100 == 1 else ones[n // 100] + " ratus")
            n %= 100
        if n >= 20:
            out.append(ones[n // 10] + " puluh")
            if n % 10:
                out.append(ones[n % 10])
        elif n >= 12:
            out.append(ones[n % 10] + " belas")
        elif n == 11:
            out.append("sebelas")
        elif n == 10:
            out.append("sepuluh")
        elif n:
            out.append(ones[n])
        return " ".join(out)
    if n >= 1000:
        t = n // 1000
        s = "seribu" if t == 1 else h(t) + " ribu"
        if n % 1000:
            s += " " + h(n % 1000)
        return s
    return h(n)


CURNAME = {'HKD': "Hong Kong dollars", 'SGD': "Singapore dollars", 'MYR': "Malaysian ringgit",
           'TWD': "New Taiwan dollars", 'SAR': "Saudi riyals", 'AED': "UAE dirhams", 'QAR': "Qatari riyals",
           'KWD': "Kuwaiti dinars", 'OMR': "Omani rials", 'BHD': "Bahraini dinars",
           'JOD': "Jordanian dinars", 'USD': "United States dollars"}
CURNAME_ID = {'HKD': "dolar Hong Kong", 'SGD': "dolar Singapura", 'MYR': "ringgit Malaysia",
              'TWD': "dolar Taiwan", 'SAR': "riyal Saudi"}


def fmt_en(cur, v, style):
    s = "{:,}".format(v)
    forms = {
        'HKD': ["HK$" + s, "HKD " + s, "HK$ " + s + ".00"],
        'SGD': ["S$" + s, "SGD " + s, "SGD " + s + ".00"],
        'MYR': ["RM" + s, "RM " + s, "MYR " + s],
        'TWD': ["NT$" + s, "TWD " + s, "NTD " + s],
        'SAR': ["SR " + s, "SAR " + s, s + " Saudi riyals"],
        'AED': ["AED " + s, "Dhs " + s, "AED " + s + ".00"],
        'QAR': ["QR " + s, "QAR " + s, "QAR " + s],
        'KWD': ["KD " + s, "KWD %s.000" % s, "KD " + s],
        'OMR': ["OMR " + s, "RO " + s, "OMR " + s],
        'BHD': ["BD " + s, "BHD " + s, "BD " + s],
        'JOD': ["JD " + s, "JOD " + s, "JD " + s],
        'USD': ["US$" + s, "USD " + s, "US$ " + s],
    }[cur]
    return forms[style % len(forms)]


def fmt_id(cur, v, style):
    s = "{:,}".format(v).replace(",", ".")
    forms = {'HKD': ["HK$ " + s, "HKD " + s], 'SGD': ["SGD " + s, "S$ " + s],
             'MYR': ["MYR " + s, "RM " + s], 'TWD': ["NT$ " + s, "TWD " + s],
             'SAR': ["SR " + s, "SAR " + s]}[cur]
    return forms[style % len(forms)]


def lower_first(s):
    """lower-case the first word of a sentence joined after '; ' if it is a
    common word (not a defined term such as Worker / PIHAK KEDUA)."""
    i = 0
    while i < len(s) and (0xE000 <= ord(s[i]) <= 0xE0FF):
        i += 1
    m = re.match(r"[A-Za-z]+", s[i:])
    if m and m.group(0) in FUNC:
        return s[:i] + s[i].lower() + s[i + 1:]
    return s


# ------------------------------------------------------------------ wrapping
def wrap(text, width, first, indent, st, rng):
    """Greedy wrap with optional line-end hyphenation and forced amount split."""
    words = text.split()
    lines, cur = [], first
    base = len(first)
    empty = True
    i = 0
    while i < len(words):
        w = words[i]
        vis = len(w.replace('\u200b', ''))
        sep = 0 if empty else 1
        # forced split before an amount following a currency word
        if (st.get('split_amount') and not st.get('split_done') and not empty and
                re.match(r'^[\d.,]+[.,;]?$', w) and i > 0 and
                re.match(r'^(HKD|SGD|MYR|RM|NTD|TWD|SAR|SR|AED|Dhs|QAR|QR|KD|KWD|OMR|RO|BD|BHD|JD|JOD|USD|US\$|HK\$|NT\$|S\$)$', words[i - 1])
                and len(cur) > width // 3):
            st['split_done'] = True
            lines.append(cur)
            cur, empty = indent + w, False
            i += 1
            continue
        if len(cur) + sep + vis <= width or empty:
            cur += (' ' if sep else '') + w
            empty = False
            i += 1
            continue
        room = width - len(cur) - 1
        core = re.match(r'^([A-Za-z\ue000-\ue0ff]+)([^A-Za-z]*)$', w)
        if (st.get('hyph', 0) > 0 and core and len(core.group(1)) >= 9 and room >= 6
                and rng.random() < 0.5):
            letters = core.group(1)
            V = 'aeiouAEIOU'
            cands = [k for k in range(4, len(letters) - 3)
                     if k + 1 <= room and letters[k] not in V + 'yY' and letters[k + 1] in V
                     and letters[k - 1:k + 1].lower() not in ('th', 'ch', 'sh', 'ph', 'gh', 'ck', 'qu', 'wh', 'ng', 'ny')
                     and letters[k].lower() not in 'xhw']
            if cands:
                k = max(cands)
                cur += ' ' + letters[:k] + '-'
                lines.append(cur)
                st['hyph'] -= 1
                st['nhyph'] = st.get('nhyph', 0) + 1
                cur, empty = indent, True
                words[i] = letters[k:] + core.group(2)
                continue
        lines.append(cur)
        cur, empty = indent, True
    if not empty:
        lines.append(cur)
    return [l.rstrip() for l in lines]


# ------------------------------------------------------------------ planning
def plan(rng):
    roles = []
    # (role, lang, detail)
    for k in (1,) * 7 + (2,) * 14 + (3,) * 15:
        roles.append(('abuse', 'en', k))
    for k in (1,) * 3 + (2,) * 4 + (3,) * 5:
        roles.append(('abuse', 'id', k))
    roles += [('clean', 'en', 0)] * 12 + [('clean', 'id', 0)] * 4
    for miss in (['rest'], ['repat', 'complaint'], ['wage'], ['hours'], ['complaint'], ['repat']):
        roles.append(('ctr010', 'en', miss))
    for miss in (['wage', 'rest'], ['hours', 'complaint']):
        roles.append(('ctr010', 'id', miss))
    for ch in ('wage', 'hours', 'rest', 'identical', 'hours_down', 'rest_up'):
        roles.append(('pair', 'en', ch))
    for ch in ('job', 'relayout'):
        roles.append(('pair', 'id', ch))
    rng.shuffle(roles)
    assert len(roles) == 80
    specs = []
    en_layouts = ['bilingual'] * 3 + ['appt'] * 6 + ['qa'] * 5 + ['schedule'] * 8
    # layouts only for abuse/clean/ctr010 en contracts; pairs formal
    en_idx = [i for i, r in enumerate(roles) if r[1] == 'en' and r[0] != 'pair']
    rng.shuffle(en_idx)
    layout_of = {}
    for i, lay in zip(en_idx, en_layouts):
        layout_of[i] = lay
    # two pairs get schedules too
    for i, r in enumerate(roles):
        if r[0] == 'pair' and r[2] in ('hours', 'identical'):
            layout_of[i] = 'schedule'
    caps_en = [i for i in en_idx[len(en_layouts):] if roles[i][0] in ('abuse', 'clean')][:2]
    id_idx = [i for i, r in enumerate(roles) if r[1] == 'id']
    caps_id = [i for i in id_idx if roles[i][0] == 'abuse'][:1]
    for i, (role, lang, det) in enumerate(roles):
        s = {'id': 'J-%03d' % (i + 1), 'role': role, 'lang': lang, 'det': det}
        s['layout'] = layout_of.get(i, 'formal') if lang == 'en' else ('pasal' if rng.random() < 0.75 else 'dotid')
        if role == 'pair' and det == 'relayout':
            s['layout'] = 'pasal'
        if s['layout'] == 'bilingual':
            s['dest'] = rng.choice(['HK', 'TW', 'SG', 'MY'])
            s['origin'] = 'ID'
            s['sector'] = rng.choice(['domestic', 'care', 'domestic'])
        elif lang == 'id':
            s['dest'] = rng.choice(['HK', 'HK', 'TW', 'TW', 'SG', 'MY', 'SA'])
            s['origin'] = 'ID'
            s['sector'] = rng.choice(['domestic', 'domestic', 'care', 'factory'])
            if s['dest'] == 'SA':
                s['sector'] = 'domestic'
        else:
            s['dest'] = rng.choice(['HK', 'SG', 'SG', 'MY', 'MY', 'TW', 'TW', 'SA', 'SA', 'AE', 'QA',
                                    'KW', 'OM', 'BH', 'JO', 'LB'])
            s['origin'] = rng.choice(['PH', 'PH', 'PH', 'NP', 'NP', 'BD', 'IN', 'LK', 'KE', 'ET', 'ID'])
            sec = rng.choice(['domestic', 'domestic', 'domestic', 'care', 'factory', 'factory',
                              'construction', 'construction', 'farm'])
            if s['dest'] in ('HK', 'LB', 'JO', 'KW', 'OM') and sec in ('farm',):
                sec = 'domestic'
            s['sector'] = sec
        if role == 'pair' and det == 'wage':
            s['dest'], s['sector'] = 'MY', 'factory'
        if role == 'pair' and det == 'job':
            s['dest'], s['sector'] = 'TW', 'care'
        if s['sector'] in ('construction', 'farm'):
            s['male'] = True
        elif s['sector'] == 'factory' and lang == 'en':
            s['male'] = rng.random() < 0.5
        else:
            s['male'] = False
        s['caps'] = (i in caps_en or i in caps_id)
        specs.append(s)
    return specs


def assign_types(specs, rng):
    """abusive types (balanced) and look-alike types (balanced)."""
    acount = {t: 0 for t in TYPES}
    lcount = {t: 0 for t in TYPES}

    def allowed(s, t, look=False):
        if s['dest'] == 'SG' and t in ('CTR-005', 'CTR-006'):
            return False
        if s['layout'] == 'bilingual' and t == 'CTR-005' and not look and False:
            return False
        return True
    order = sorted(specs, key=lambda s: -(s['det'] if s['role'] == 'abuse' else 0))
    for s in order:
        if s['role'] == 'abuse':
            k = s['det']
            cand = [t for t in TYPES if allowed(s, t)]
            rng.shuffle(cand)
            cand.sort(key=lambda t: acount[t])
            s['abuse'] = cand[:k]
            for t in s['abuse']:
                acount[t] += 1
        else:
            s['abuse'] = []
    for s in specs:
        if s['role'] == 'clean':
            n = rng.choice([4, 4, 5])
        elif s['role'] == 'abuse':
            n = rng.choice([2, 3, 3]) if s['det'] < 3 else rng.choice([2, 3])
        elif s['role'] == 'pair':
            n = 3
        else:
            n = 2
        if s['role'] == 'ctr010':
            pool = ['CTR-001', 'CTR-003', 'CTR-005', 'CTR-006']
        else:
            pool = TYPES
        cand = [t for t in pool if t not in s['abuse'] and allowed(s, t, True)]
        rng.shuffle(cand)
        cand.sort(key=lambda t: lcount[t])
        s['look'] = cand[:n]
        for t in s['look']:
            lcount[t] += 1
    return acount, lcount


class Picker:
    """least-used eligible variant"""
    def __init__(self, rng):
        self.used = {}
        self.rng = rng

    def pick(self, key, lst, ok):
        c = [(i, v) for i, v in enumerate(lst) if ok(parse(v)[0])]
        assert c, key
        # least used first; ties in list order (the lists put the forms we
        # most want covered first)
        c.sort(key=lambda iv: (self.used.get((key, iv[0]), 0), iv[0]))
        i, v = c[0]
        self.used[(key, i)] = self.used.get((key, i), 0) + 1
        return v

    def snapshot(self):
        return dict(self.used), self.rng.getstate()

    def restore(self, snap):
        self.used = dict(snap[0])
        self.rng.setstate(snap[1])


def eligible(s, ctr010=False):
    dom = s['sector'] in ('domestic', 'care')

    def ok(flags):
        if 'f' in flags and s['male']:
            return False
        if 'm' in flags and not s['male']:
            return False
        if 'd' in flags and not dom:
            return False
        if 'n' in flags and dom:
            return False
        if 'x' in flags and ctr010:
            return False
        return True
    return ok


# ------------------------------------------------------------------ build
def names(s, rng):
    d = DEST[s['dest']]
    o = ORIGIN[s['origin']]
    en = s['lang'] == 'en'
    male = s['male']
    p = {}
    if en:
        sec = s['sector']
        wn = {'domestic': ["the Worker", "the Helper", "the Domestic Worker", "the Employee"],
              'care': ["the Caregiver", "the Worker", "the Employee"],
              'factory': ["the Worker", "the Operator", "the Employee"],
              'construction': ["the Worker", "the Labourer", "the Contract Worker", "the Employee"],
              'farm': ["the Worker", "the Labourer"]}[sec]
        gulf = s['dest'] in ('SA', 'AE', 'QA', 'KW', 'OM', 'BH')
        en_ = {'domestic': ["the Employer", "the Principal", "the Household Employer"] + (["the Sponsor"] if gulf else []),
               'care': ["the Employer", "the Principal"],
               'factory': ["the Employer", "the Company", "the Principal"],
               'construction': ["the Company", "the Contractor"] + (["the Sponsor"] if gulf else []),
               'farm': ["the Employer", "the Estate"]}[sec]
        an = ["the Agency", "the Recruitment Agency", "the Placement Agency", "the Licensed Agency", "the Local Agent"]
        if s['layout'] == 'appt':
            wn, en_ = ["the Appointee"], ["the Employer", "the Company"] if sec in ('factory', 'construction', 'farm') else ["the Employer"]
        if s['layout'] == 'qa':
            wn = ["the Worker", "the Applicant"]
        if s['layout'] == 'bilingual':
            wn, en_ = ["the Worker"], ["the Employer"]
        w, e, a = rng.choice(wn), rng.choice(en_), rng.choice(an)
        p.update(W=w[0].upper() + w[1:], w=w, E=e[0].upper() + e[1:], e=e, A=a[0].upper() + a[1:], a=a)
    if s['lang'] == 'id' or s['layout'] == 'bilingual':
        if s['layout'] == 'bilingual':
            P, M, G = "Pekerja", "Pemberi Kerja", "Agensi"
        else:
            P, M, G = rng.choice([("PIHAK KEDUA", "PIHAK PERTAMA", "Agensi"),
                                  ("PIHAK KEDUA", "PIHAK PERTAMA", "P3MI"),
                                  ("Pekerja Migran", "Pengguna", "Mitra Usaha"),
                                  ("PMI", "Pemberi Kerja", "Perusahaan Penempatan"),
                                  ("Pekerja", "Majikan", "Agensi")])
        p.update(P=P, M=M, G=G)
    if male:
        p.update(she="he", She="He", her="his", Her="His", her_o="him", herself="himself",
                 partner="girlfriend", fiance="fiancée")
    else:
        p.update(she="she", She="She", her="her", Her="Her", her_o="her", herself="herself",
                 partner="boyfriend", fiance="fiancé")
    p['dest'] = d[0] if en else DEST_ID[s['dest']]
    p['dcity'] = rng.choice(d[1])
    p['origin'] = o[0]
    p['ocity'] = rng.choice(o[1])
    p['ofee'] = o[2]
    p['labour'] = d[4]
    p['labour_id'] = d[5]
    p['embassy'] = o[3]
    cur = d[2]
    wage = rng.choice(d[3]) if not (s['role'] == 'pair' and s['det'] == 'wage') else 1800
    s['wage'], s['cur'] = wage, cur
    style = rng.randrange(3)
    if s.get('split_amount'):
        style = 1 if cur not in ('MYR',) else 2
    if en:
        f = fmt_en(cur, wage, style)
        if rng.random() < 0.15:
            f = "%s %s (%s)" % (en_words(wage), CURNAME[cur], f)
        p['wage'] = f
    else:
        f = fmt_id(cur, wage, style)
        if rng.random() < 0.2:
            f = "%s %s (%s)" % (id_words(wage), CURNAME_ID[cur], f)
        p['wage'] = f
    p['wage_id'] = fmt_id(cur, wage, 0) if cur in CURNAME_ID else ''
    j = JOBS[s['sector']]
    p['job'], p['job_id'] = j[0], j[2]
    p['place'] = j[1].format(**p) if en else j[3].format(**p)
    if s['layout'] == 'bilingual':
        p['place'] = j[1].format(**p)
    fam = rng.choice(FAMILY[s['dest']])
    emp = rng.choice(EMPLOYERS_EN[s['sector']]).format(fam=fam, co=rng.choice(COMPANY), sfx=SUFFIX[s['dest']])
    p['emp_name'] = emp
    p['agency_name'] = rng.choice(AGENCIES[s['origin']])
    p['worker_name'] = rng.choice(o[5] if male else o[4])
    return p


def fill(text, p):
    return text.format_map(p)


def make_sentence(text, p, marker=None):
    """fill placeholders; put marker at '@' or at the start"""
    t = fill(text, p)
    if marker is not None:
        if '@' in t:
            t = t.replace('@', marker)
        else:
            t = marker + t
    return t.replace('@', '')


def build_sections(s, p, rng, pk, dest_version=True):
    """returns ordered dict key -> list of clauses (clause = list of sentences)
    plus schedule lines and the list of (type, marker) for abusive sentences."""
    en = s['lang'] == 'en'
    E = ELEM_EN if en else ELEM_ID
    O = ORD_EN if en else ORD_ID
    miss = s['det'] if s['role'] == 'ctr010' else []
    ok = eligible(s)
    sec = {k: [] for k in SECT_ORDER}
    sched = []
    sched_on = s['layout'] == 'schedule'

    def elem(k):
        lst = E[k]
        if k == 'hours' and 'rest' in miss:
            lst = [v for v in lst if 'Monday to Saturday' not in v]
        return make_sentence(pk.pick(('el', s['lang'], k), lst, lambda f: True), p)

    def ordin(k):
        return make_sentence(parse(pk.pick(('or', s['lang'], k), O[k], ok))[2], p)

    # job / duration
    if s['role'] == 'pair' and s['det'] == 'job':
        job = ("perawat lansia khusus untuk ibu dari {M}" if not dest_version else
               "pekerja serabutan untuk seluruh keluarga besar {M} dan pembantu di toko makanan milik keluarga {M}")
        sec['job'].append([fill("{P} dipekerjakan sebagai " + job + " di {dcity}, {dest}.", p)])
    else:
        sec['job'].append([ordin('job')])
    sec['duration'].append([ordin('duration')])
    # wage
    if 'wage' in miss:
        sec['wage'].append([make_sentence((MISSING_EN if en else MISSING_ID)['wage'][0], p)])
    elif s['role'] == 'pair' and s['det'] == 'wage':
        amt = fmt_en('MYR', 1800 if not dest_version else 1600, 2)
        sec['wage'].append([fill("{E} shall pay {w} a basic wage of " + amt + " for each month of service, not later than the seventh day of the following month.", p)])
    elif sched_on and rng.random() < 0.7:
        sec['wage'].append([fill("The monthly salary of {w} is stated in Schedule 1 and shall be paid not later than the seventh day of the following month.", p)])
        sched.append(("Basic monthly salary", p['wage'], None))
    else:
        sec['wage'].append([elem('wage')])
    # hours
    if s['role'] == 'pair' and s['det'] in ('hours', 'hours_down'):
        hn = {('hours', False): "eight (8)", ('hours', True): "ten (10)",
              ('hours_down', False): "ten (10)", ('hours_down', True): "nine (9)"}[(s['det'], dest_version)]
        sec['hours'].append([fill("Normal working hours shall be " + hn + " hours a day, exclusive of a one-hour meal break.", p)])
    elif 'hours' not in miss:
        if sched_on and rng.random() < 0.5:
            sec['hours'].append([fill("Hours of work are set out in Schedule 1.", p)])
            sched.append(("Normal hours of work", "eight (8) hours a day, 8:00 a.m. to 5:00 p.m.", None))
        else:
            sec['hours'].append([elem('hours')])
    # rest
    if s['role'] == 'pair' and s['det'] in ('rest', 'rest_up'):
        rd = {('rest', False): "two rest days each week, on Saturday and Sunday",
              ('rest', True): "one rest day each week, on Sunday",
              ('rest_up', False): "one rest day each week",
              ('rest_up', True): "one rest day each week and, in addition, one paid day off each month"}[(s['det'], dest_version)]
        sec['rest'].append([fill("{W} shall be given " + rd + ".", p)])
    elif 'rest' in miss:
        sec['rest'].append([make_sentence((MISSING_EN if en else MISSING_ID)['rest'][0], p)])
    else:
        if sched_on and rng.random() < 0.4:
            sched.append(("Weekly rest day", "Sunday (24 consecutive hours)", None))
            sec['rest'].append([fill("Weekly rest is granted as shown in Schedule 1.", p)])
        else:
            sec['rest'].append([elem('rest')])
    if s['role'] == 'pair' and s['det'] == 'rest_up' and False:
        pass
    if 'rest' not in miss:
        sec['rest'].append([ordin('leave')])
    sec['board'].append([ordin('board')])
    sec['medical'].append([ordin('medical')])
    # travel
    if 'repat' in miss:
        sec['travel'].append([make_sentence((MISSING_EN if en else MISSING_ID)['repat'][0], p)])
    else:
        sec['travel'].append([elem('repat')])
        if rng.random() < 0.6:
            sec['travel'].append([ordin('remains')])
    sec['term'].append([ordin('term')])
    # disputes
    if 'complaint' in miss:
        sec['disputes'].append([make_sentence((MISSING_EN if en else MISSING_ID)['complaint'][0], p)])
    else:
        sec['disputes'].append([elem('complaint')])
    if 'complaint' in miss:
        sec['law'].append([ordin('lang')])
    else:
        sec['law'].append([ordin('law')])
        if rng.random() < 0.5:
            sec['law'].append([ordin('lang')])
    return sec, sched


def insert_items(s, p, rng, pk, sec, sched, marks):
    """insert abusive (with markers) and look-alike sentences"""
    en = s['lang'] == 'en'
    AB = ABUSE_EN if en else ABUSE_ID
    LK = LOOK_EN if en else LOOK_ID
    ok = eligible(s)
    okl = eligible(s, ctr010=(s['role'] == 'ctr010'))
    items = [(t, True) for t in s['abuse']] + [(t, False) for t in s['look']]
    rng.shuffle(items)
    s['forms'] = {}
    for t, ab in items:
        if sched is not None and s['layout'] == 'schedule' and rng.random() < 0.4:
            lst = (SCHED_ABUSE if ab else SCHED_LOOK)[t]
            v = pk.pick(('sc', ab, t), [l + '\t' + r for l, r in lst], ok if ab else okl)
            fl, _, v = parse(v)
            lab, val = v.split('\t')
            mk = None
            if ab:
                mk = chr(MBASE + len(marks))
                marks.append((t, mk))
            sched.append((fill(lab, p), fill(val, p), mk))
            s['forms'][t] = 'schedule'
            continue
        lst = (AB if ab else LK)[t]
        v = pk.pick(('ab' if ab else 'lk', s['lang'], t), lst, ok if ab else okl)
        fl, home, text = parse(v)
        home = home or HOME[t]
        mk = None
        if ab:
            mk = chr(MBASE + len(marks))
            marks.append((t, mk))
        sent = make_sentence(text, p, mk)
        tgt = sec[home]
        r = rng.random()
        if (tgt and r < 0.35 and '@' not in text and s['layout'] != 'qa'
                and not any(x.isupper() for x in tgt[-1])):
            tgt[-1].append(sent)          # appended to an existing clause
            s['forms'][t] = 'appended'
        else:
            tgt.append([sent])
            s['forms'][t] = 'clause'
            s['_qitems'].append((t, tgt[-1]))
        if ab and rng.random() < 0.12 and s['layout'] in ('formal', 'schedule') and not s['caps']:
            tgt[-1] = [x.upper() for x in tgt[-1]]
            s.setdefault('caps_clause', 1)



# CTR-010 contracts: headings that do not name the missing element
MISS_HEAD = {('en', 'rest'): ("rest", "Leave"), ('en', 'travel'): ("repat", "Travel"),
             ('en', 'disputes'): ("complaint", "Applicable Law"), ('en', 'law'): ("complaint", "Language"),
             ('id', 'rest'): ("rest", "CUTI"), ('id', 'travel'): ("repat", "TIKET KEBERANGKATAN"),
             ('id', 'disputes'): ("complaint", "HUKUM YANG BERLAKU"), ('id', 'law'): ("complaint", "BAHASA")}
MISS_Q = {'rest': ("rest", "What leave do I get?"), 'travel': ("repat", "Who pays my flight?"),
          'disputes': ("complaint", "Which law applies?"), 'law': ("complaint", "In which languages is the contract?")}


def head_for(s, k, st, default):
    if s['role'] == 'ctr010':
        h = MISS_HEAD.get((s['lang'], k))
        if h and h[0] in s['det']:
            return h[1]
    return default


def q_for(s, k):
    if s['role'] == 'ctr010':
        h = MISS_Q.get(k)
        if h and h[0] in s['det']:
            return h[1]
    return QSECT[k]


def clause_text(sents, joiner):
    out = sents[0]
    for x in sents[1:]:
        if joiner == '; ':
            out = out.rstrip('.') + '; ' + lower_first(x)
        else:
            out = out + ' ' + x
    return out


ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII".split()
ORDW = "FIRST SECOND THIRD FOURTH FIFTH SIXTH SEVENTH EIGHTH NINTH TENTH ELEVENTH TWELFTH THIRTEENTH FOURTEENTH FIFTEENTH SIXTEENTH".split()
ROMANL = "i ii iii iv v vi vii viii ix x".split()


def secnum(style, n):
    return {'dot': "%d." % n, 'paren': "%d)" % n, 'article': "Article %d" % n, 'clause': "Clause %d:" % n,
            'section': "Section %d —" % n, 'roman': ROMAN[n - 1] + ".", 'ordinal': ORDW[n - 1] + ":",
            'para': "§ %d" % n, 'alpha': chr(64 + n) + ".", 'none': ""}[style]


def subnum(style, n, k):
    return {'decimal': "%d.%d" % (n, k), 'alpha': "(%s)" % chr(96 + k), 'roman': "(%s)" % ROMANL[k - 1],
            'alpha2': "%s)" % chr(96 + k), 'bullet': "-"}[style]


def render_formal(s, p, sec, sched, rng, st):
    en = s['lang'] == 'en'
    W = st['width']
    L = []
    numbering = st['numbering']
    hmode = st['hmode']
    sub = st['sub']
    joiner = st['joiner']
    title_case = st['title_case']
    # title / preamble
    if en:
        L += [rng.choice(["EMPLOYMENT CONTRACT", "CONTRACT OF EMPLOYMENT", "STANDARD EMPLOYMENT CONTRACT",
                          "EMPLOYMENT AGREEMENT FOR %s" % p['job'].upper()]), ""]
        pre = rng.randrange(3)
        if pre == 0:
            txt = ("This Contract is entered into on the %s day of %s 2024 at %s by and between %s, of %s, "
                   "hereinafter referred to as %s, and %s, a national of %s, hereinafter referred to as %s, "
                   "through %s acting as %s.") % (
                rng.choice(["3rd", "14th", "21st", "28th"]), rng.choice(["March", "June", "August", "October"]),
                p['ocity'], p['emp_name'], p['dcity'], st['q'](p['e'][4:]), p['worker_name'], p['origin'],
                st['q'](p['w'][4:]), p['agency_name'], st['q'](p['a'][4:]))
            L += wrap(txt, W, "", "", st, rng) + [""]
        elif pre == 1:
            L += ["Parties:", "  %s: %s, %s" % (p['E'][4:], p['emp_name'], p['dcity']),
                  "  %s: %s, passport holder of %s" % (p['W'][4:], p['worker_name'], p['origin']),
                  "  %s: %s" % (p['A'][4:], p['agency_name']), ""]
            L += wrap("The parties agree as follows:", W, "", "", st, rng) + [""]
        else:
            L += ["KNOW ALL MEN BY THESE PRESENTS:", ""]
            txt = ("This agreement is made by %s (%s) and %s (%s), with the assistance of %s (%s). "
                   "WITNESSETH: That the parties bind themselves to the terms below.") % (
                p['emp_name'], st['q'](p['e'][4:]), p['worker_name'], st['q'](p['w'][4:]),
                p['agency_name'], st['q'](p['a'][4:]))
            L += wrap(txt, W, "", "", st, rng) + [""]
        heads = HEAD_EN
    else:
        L += ["PERJANJIAN KERJA", "Nomor: %03d/PK/%s/2024" % (rng.randrange(1, 300), s['dest']), ""]
        L += wrap("Pada hari ini, %s, tanggal %d %s 2024, kami yang bertanda tangan di bawah ini:" % (
            rng.choice(["Senin", "Selasa", "Kamis", "Jumat"]), rng.randrange(2, 28),
            rng.choice(["Maret", "Juni", "Agustus", "Oktober"])), W, "", "", st, rng)
        L += wrap("1. %s, beralamat di %s, selanjutnya disebut %s;" % (p['emp_name'], p['dcity'], p['M']), W, "", "   ", st, rng)
        L += wrap("2. %s, pemegang paspor Republik Indonesia, selanjutnya disebut %s." % (p['worker_name'], p['P']), W, "", "   ", st, rng)
        L += wrap("Kedua belah pihak, dengan difasilitasi oleh %s (%s), sepakat mengikatkan diri dalam Perjanjian Kerja dengan ketentuan sebagai berikut:" % (p['agency_name'], p['G']), W, "", "", st, rng)
        L += [""]
        heads = HEAD_ID
    keys = [k for k in SECT_ORDER if sec.get(k)]
    if st.get('defs') and en:
        keys = ['defs'] + keys
    n = 0
    for k in keys:
        n += 1
        if k == 'defs':
            hd = "Definitions"
            clauses = [["In this Contract, %s means %s; %s means %s, the employer named above; and %s means %s." % (
                st['q'](p['w'][4:]), p['worker_name'], st['q'](p['e'][4:]), p['emp_name'],
                st['q'](p['a'][4:]), p['agency_name'].rstrip('.'))]]
        else:
            hd = head_for(s, k, st, heads[k][st['hsel'] % len(heads[k])])
            clauses = sec[k]
        if en:
            hd_txt = hd if title_case else hd.upper()
        else:
            hd_txt = hd
        if s['layout'] == 'pasal' or (not en and st.get('pasal')):
            L += ["Pasal %d" % n, hd_txt]
            if len(clauses) == 1:
                L += wrap(clause_text(clauses[0], joiner), W, "", "", st, rng)
            else:
                for j, c in enumerate(clauses, 1):
                    L += wrap(clause_text(c, joiner), W, "(%d) " % j, "    ", st, rng)
            L += [""]
            continue
        if not en:  # dotid
            L += ["%s %s" % (ROMAN[n - 1] + "." if st['idroman'] else "%d." % n, hd_txt)]
            for j, c in enumerate(clauses, 1):
                pre_ = "%d.%d " % (n, j) if not st['idroman'] else "%s. " % chr(96 + j)
                L += wrap(clause_text(c, joiner), W, "   " + pre_, "   " + " " * len(pre_), st, rng)
            L += [""]
            continue
        num = secnum(numbering, n)
        if hmode == 'inline':
            body = " ".join(clause_text(c, joiner) for c in clauses)
            first = (num + " " if num else "") + hd_txt + ". "
            ind = " " * min(len(num) + 1, 4) if st['hang'] else ""
            L += wrap(first + body, W, "", ind, st, rng)
        else:
            L += [(num + " " if num else "") + hd_txt]
            if len(clauses) == 1 and hmode == 'line':
                ind = "    " if st['hang'] else ""
                L += wrap(clause_text(clauses[0], joiner), W, ind, ind, st, rng)
            else:
                for j, c in enumerate(clauses, 1):
                    sp = subnum(sub, n, j) + " "
                    L += wrap(clause_text(c, joiner), W, "  " + sp, "  " + (" " * len(sp) if st['hang'] else ""), st, rng)
        L += [""]
    if sched:
        L += render_schedule(s, p, sched, W, st, rng)
    L += signature(s, p, st)
    return L


def render_schedule(s, p, sched, W, st, rng):
    L = ["SCHEDULE 1 — PARTICULARS OF EMPLOYMENT", ""]
    col = 44
    for j, (lab, val, mk) in enumerate(sched, 1):
        head = ("%d. " % j if st['schednum'] else "") + (mk or "") + lab + " "
        dots = max(3, col - len(head))
        line = head + "." * dots + " " + val + ";"
        if len(line) <= W + 10:
            L.append(line)
        else:
            L += wrap(line, W + 10, "", " " * 6, st, rng)
    L += [""]
    return L


def signature(s, p, st):
    if s['lang'] == 'en' or s['layout'] == 'bilingual':
        return ["IN WITNESS WHEREOF the parties have signed this Contract.", "",
                "_______________________          _______________________",
                "%-33s%s" % (p['E'][4:], p['W'][4:]), "",
                "Witness (%s): _______________________" % p['agency_name']]
    return ["Demikian Perjanjian ini dibuat dan ditandatangani oleh kedua belah pihak",
            "dalam keadaan sadar dan tanpa paksaan.", "",
            "%-33s%s" % (p['M'], p['P']), "",
            "_______________________          _______________________"]


def render_appt(s, p, sec, sched, rng, st):
    W = st['width']
    L = [p['emp_name'].upper(), "%s, %s" % (p['dcity'], DEST[s['dest']][0].replace("the ", "")), "",
         "Ref.: LOA/%04d/24" % rng.randrange(1, 9999), "%d %s 2024" % (rng.randrange(1, 28), rng.choice(["May", "July", "September"])), "",
         "%s %s" % ("Mr." if s['male'] else "Ms.", p['worker_name']), "c/o %s, %s" % (p['agency_name'], p['ocity']), "",
         "Dear %s %s," % ("Mr." if s['male'] else "Ms.", p['worker_name'].split()[-1]), "",
         "LETTER OF APPOINTMENT — %s" % p['job'].upper(), ""]
    L += wrap("We are pleased to confirm your appointment as %s with %s. In the terms below you are called %s and we are called %s. The appointment is subject to the following conditions:" % (
        p['job'], p['emp_name'].rstrip('.'), st['q']("the Appointee"), st['q'](p['e'])), W, "", "", st, rng)
    L += [""]
    n = 0
    for k in SECT_ORDER:
        if not sec.get(k):
            continue
        n += 1
        hd = head_for(s, k, st, HEAD_EN[k][st['hsel'] % len(HEAD_EN[k])])
        body = " ".join(clause_text(c, st['joiner']) for c in sec[k])
        L += wrap("%d. %s: %s" % (n, hd, body), W, "", "   " if st['hang'] else "", st, rng)
        L += [""]
    L += wrap("Please sign and return the duplicate of this letter to confirm that you accept the appointment on these terms.", W, "", "", st, rng)
    L += ["", "Yours sincerely,", "", "", "for %s" % p['emp_name'], "",
          "I accept the appointment on the terms set out above.", "", "_______________________",
          p['worker_name']]
    return L


def render_qa(s, p, sec, sched, rng, st, qitems):
    W = st['width']
    L = ["OFFER SHEET — QUESTIONS AND ANSWERS", "Position: %s     Employer: %s" % (p['job'], p['emp_name']), ""]
    L += wrap("This offer sheet forms part of the employment contract between %s (%s) and %s (%s). It answers the questions most often asked by applicants." % (
        p['emp_name'], p['e'][4:], p['worker_name'], p['w'][4:]), W, "", "", st, rng)
    L += [""]
    n = 0
    for k in SECT_ORDER:
        if not sec.get(k):
            continue
        base = [c for c in sec[k] if not any(c is q[1] for q in qitems)]
        extra = [q for q in qitems if any(q[1] is c for c in sec[k])]
        if base:
            n += 1
            L += ["Q%d. %s" % (n, q_for(s, k))]
            body = " ".join(clause_text(c, st['joiner']) for c in base)
            L += wrap("A: " + body, W, "", "   ", st, rng) + [""]
        for t, c in extra:
            n += 1
            L += ["Q%d. %s" % (n, QUESTION[t][st['hsel'] % 2])]
            L += wrap("A: " + clause_text(c, st['joiner']), W, "", "   ", st, rng) + [""]
    L += ["Signed:", "______________________ (%s)" % p['worker_name'], "______________________ (%s)" % p['emp_name']]
    return L


def render_bilingual(s, p, rng, st, marks):
    """two columns 'English | Indonesia'"""
    WL, WR = 46, 40
    pid = dict(p)
    pid['place'] = JOBS[s['sector']][3].format(**p)
    L = ["EMPLOYMENT CONTRACT".ljust(WL) + " | PERJANJIAN KERJA", ""]

    def pair(en, idt, pre_en="", pre_id="", mk=None):
        a = make_sentence(en, p, mk)
        b = make_sentence(idt, pid)
        la = wrap(pre_en + a, WL, "", " " * len(pre_en), st, rng)
        lb = wrap(pre_id + b, WR, "", " " * len(pre_id), st, rng)
        out = []
        for i in range(max(len(la), len(lb))):
            x = la[i] if i < len(la) else ""
            y = lb[i] if i < len(lb) else ""
            out.append((x.ljust(WL) + " | " + y).rstrip())
        return out
    L += pair("%s (%s) and %s (%s) agree as follows:" % (p['emp_name'], p['e'][4:], p['worker_name'], p['w'][4:]),
              "%s (%s) dan %s (%s) sepakat sebagai berikut:" % (p['emp_name'], p['M'], p['worker_name'], p['P']))
    L += [""]
    items = {k: [] for k in SECT_ORDER}
    for k, v in BI_ORD.items():
        items[k].append(('o', v, None))
    for k, v in BI_ELEM.items():
        items[{'repat': 'travel', 'complaint': 'disputes'}.get(k, k)].append(('e', v, None))
    for t in s['abuse']:
        mk = chr(MBASE + len(marks))
        marks.append((t, mk))
        items[HOME[t] if HOME[t] != 'rest' else 'conduct'].append(('a', BI_ABUSE[t], mk))
    for t in s['look']:
        items[HOME[t] if HOME[t] != 'rest' else 'conduct'].append(('l', BI_LOOK[t], None))
    n = 0
    for k in SECT_ORDER:
        if not items.get(k):
            continue
        n += 1
        he, hi = BI_HEAD[k]
        L += [("%d. %s" % (n, he)).ljust(WL) + " | %d. %s" % (n, hi)]
        for j, (kind, (en, idt), mk) in enumerate(items[k], 1):
            pre = "(%s) " % chr(96 + j)
            L += pair(en, idt, pre, pre, mk)
        L += [""]
    L += signature(s, p, st)
    s['forms'] = {t: 'two-column' for t in s['abuse'] + s['look']}
    return L


def furniture(s, p, L, rng, st):
    """page headers / footers inserted at fixed line intervals"""
    if not st.get('pages'):
        return L
    P = st['pages']
    cut = list(range(P, len(L) - 5, P))
    n = len(cut) + 1
    en = s['lang'] == 'en'
    ref = ("Contract Ref. %s-%04d" if en else "Perjanjian Kerja No. %04d/%s") % (
        (s['dest'], rng.randrange(1, 9999)) if en else (rng.randrange(1, 9999), s['dest']))
    out, k = [], 1
    style = st['pstyle']
    for i, line in enumerate(L):
        if i in cut:
            if en:
                foot = {0: "Page %d of %d" % (k, n), 1: "- %d -" % k,
                        2: "Page %d/%d          Initials: ______ / ______" % (k, n)}[style]
            else:
                foot = {0: "Halaman %d dari %d" % (k, n), 1: "- %d -" % k,
                        2: "Hal. %d/%d          Paraf: ______ / ______" % (k, n)}[style]
            out += ["", foot, ""]
            if style != 1:
                out += [ref, ""]
            k += 1
        out.append(line)
    out += ["", ("Page %d of %d" % (k, n)) if en else ("Halaman %d dari %d" % (k, n))]
    return out


def render(s, p, rng_seed, marks, dest_version, pk):
    rng = random.Random(rng_seed)
    st = dict(s['style'])
    st['q'] = (lambda x: "“%s”" % x) if st['typo'] else (lambda x: '"%s"' % x)
    if s['role'] == 'pair' and s['det'] == 'relayout' and dest_version:
        st['width'] = 62
        s2 = dict(s)
        s2['layout'] = 'dotid'
        st['idroman'] = False
    else:
        s2 = s
    if s['layout'] == 'bilingual':
        L = render_bilingual(s, p, rng, st, marks)
    else:
        sec, sched = build_sections(s, p, rng, pk, dest_version)
        s['_qitems'] = []
        if s['role'] != 'pair':
            insert_items(s, p, rng, pk, sec, sched, marks)
        else:
            ins = dict(s)
            ins['_qitems'] = []
            insert_items(ins, p, rng, pk, sec, None, marks)
            s['forms'] = ins['forms']
        if s['layout'] == 'appt':
            L = render_appt(s, p, sec, sched, rng, st)
        elif s['layout'] == 'qa':
            L = render_qa(s, p, sec, sched, rng, st, s['_qitems'])
        else:
            L = render_formal(s2, p, sec, sched, rng, st)
    if s['caps']:
        L = [l.upper() for l in L]
    if st['typo']:
        L = [l.replace("'", "’") for l in L]
    L = furniture(s, p, L, rng, st)
    return L, st


def style_for(s, rng):
    en = s['lang'] == 'en'
    st = {}
    st['width'] = rng.choice([68, 72, 76, 80]) if s['layout'] != 'qa' else rng.choice([66, 72])
    st['numbering'] = rng.choice(['dot', 'dot', 'paren', 'article', 'clause', 'section', 'roman',
                                  'ordinal', 'para', 'alpha', 'none'])
    st['hmode'] = rng.choice(['inline', 'line', 'sub'])
    if st['numbering'] == 'none' and st['hmode'] == 'inline':
        st['hmode'] = 'line'
    st['sub'] = rng.choice(['decimal', 'alpha', 'roman', 'alpha2', 'bullet'] if en else ['decimal'])
    st['joiner'] = '; ' if (en and rng.random() < 0.35) else ' '
    st['title_case'] = rng.random() < 0.4
    st['hang'] = rng.random() < 0.6
    st['hsel'] = rng.randrange(4)
    st['typo'] = en and rng.random() < 0.3
    st['defs'] = en and s['layout'] in ('formal', 'schedule') and rng.random() < 0.25
    st['hyph'] = rng.choice([0, 0, 0, 1, 2])
    st['pages'] = rng.choice([0, 0, 30, 34, 38, 42]) if s['layout'] != 'bilingual' else 36
    st['pstyle'] = rng.randrange(3)
    st['idroman'] = rng.random() < 0.4
    st['schednum'] = rng.random() < 0.6
    st['split_amount'] = False
    if s['role'] == 'pair':
        st['hyph'] = 0
    return st


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    dbg = os.environ.get('C5_DEBUG_DIR')
    rng = random.Random(SEED)
    specs = plan(rng)
    acount, lcount = assign_types(specs, rng)
    pk = Picker(random.Random(SEED + 5))   # shared: spreads variants over the batch
    os.makedirs(os.path.join(out, 'texts'), exist_ok=True)
    if dbg:
        os.makedirs(dbg, exist_ok=True)
    labels, contracts, comp = [], [], []
    stats = {'abuse': {}, 'look': {}}
    for s in specs:
        srng = random.Random(SEED * 1000 + int(s['id'][2:]))
        s['style'] = style_for(s, srng)
        if srng.random() < 0.15 and s['layout'] in ('formal', 'schedule', 'appt'):
            s['split_amount'] = True
        p = names(s, srng)
        seed = SEED + int(s['id'][2:]) * 7
        marks = []
        snap = pk.snapshot()
        L, st = render_contract(s, p, seed, marks, pk)
        if s['role'] == 'pair':
            m2 = []
            pk.restore(snap)
            Lo, _ = render_contract(s, p, seed, m2, pk, dest_version=False)
            assert not m2 and not marks
            write(out, s['id'] + '.origin.txt', Lo)
        # find markers
        text = "\n".join(L)
        if dbg:
            with open(os.path.join(dbg, s['id'] + '.txt'), 'w', encoding='utf-8') as f:
                f.write(re.sub('[\ue000-\ue0ff]', '⟦', text) + "\n")
        found = []
        for t, mk in marks:
            ln = [i for i, l in enumerate(L, 1) if mk in l]
            assert len(ln) == 1, (s['id'], t, ln)
            found.append((ln[0], t))
        found.sort()
        L = [re.sub('[\ue000-\ue0ff]', '', l) for l in L]
        assert not any(re.search('[\ue000-\uf8ff{}@]', l) for l in L), s['id']
        write(out, s['id'] + '.txt', L)
        for ln, t in found:
            labels.append((s['id'], s['lang'], t, ln))
        if s['role'] == 'ctr010':
            labels.append((s['id'], s['lang'], 'CTR-010', ''))
        if s['role'] == 'pair' and s['det'] in ('wage', 'hours', 'rest', 'job'):
            labels.append((s['id'], s['lang'], 'CTR-011', ''))
        contracts.append((s['id'], s['lang'], s['wage'], s['cur']))
        detail = {'abuse': ",".join(t for _, t in found), 'clean': '',
                  'ctr010': "+".join(s['det']) if isinstance(s['det'], list) else '',
                  'pair': s['det'] if isinstance(s['det'], str) else ''}[s['role']]
        pov = {'appt': 'appt', 'qa': 'qa'}.get(s['layout'], 'third' if s['lang'] == 'en' else 'id')
        numbering = {'appt': 'appt', 'qa': 'qa', 'bilingual': 'twocol', 'pasal': 'pasal',
                     'dotid': ('roman' if st['idroman'] else 'dot')}.get(s['layout'], st['numbering'])
        headings = 'pasal' if s['layout'] == 'pasal' else ('inline' if s['layout'] in ('appt',) else
                                                           ('question' if s['layout'] == 'qa' else st['hmode']))
        comp.append((s['id'], s['lang'], s['role'], s['sector'], s['dest'], s['origin'], detail,
                     " ".join(s['look']), pov, numbering, headings, 1 if s['caps'] else 0,
                     1 if st['typo'] else 0, 1 if (s['layout'] == 'schedule') else 0,
                     1 if (st['sub'] == 'bullet' and s['layout'] in ('formal', 'schedule') and st['hmode'] != 'inline' and s['lang'] == 'en') else 0,
                     0, 1 if st.get('defs') else 0, 'id' if s['layout'] == 'bilingual' else '', len(L)))
        s['_st'] = st
        s['_lines'] = len(L)
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'rule', 'line'])
        for r in sorted(labels, key=lambda r: (r[0], r[2])):
            w.writerow(r)
    with open(os.path.join(out, 'contracts.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'wage', 'currency'])
        w.writerows(contracts)
    with open(os.path.join(out, 'composition.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'role', 'sector', 'destination', 'origin', 'detail',
                    'lookalike_types', 'pov', 'numbering', 'headings', 'caps', 'typographic', 'schedule',
                    'bullets', 'footnote', 'definitions', 'bilingual', 'lines'])
        w.writerows(comp)
    if dbg:
        with open(os.path.join(dbg, 'extra.csv'), 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['contract', 'layout', 'pages', 'hyph', 'split_amount', 'caps_clause', 'joiner', 'male', 'forms'])
            for s in specs:
                w.writerow([s['id'], s['layout'], s['_st'].get('pages'), s['_st'].get('nhyph', 0),
                            int(bool(s['_st'].get('split_done'))), s.get('caps_clause', 0),
                            s['_st']['joiner'].strip() or 'space', int(s['male']),
                            " ".join("%s:%s" % kv for kv in sorted(s.get('forms', {}).items()))])


def render_contract(s, p, seed, marks, pk, dest_version=True):
    s['style']['split_amount'] = s.get('split_amount', False)
    st_backup = dict(s['style'])
    L, st = render(s, p, seed, marks, dest_version, pk)
    st['split_done'] = st.get('split_done', False)
    s['style'] = st_backup
    return L, st


def write(out, name, L):
    with open(os.path.join(out, 'texts', name), 'w', encoding='utf-8', newline='\n') as f:
        f.write("\n".join(L).rstrip() + "\n")


if __name__ == '__main__':
    main()
