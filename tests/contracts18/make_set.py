#!/usr/bin/env python3
"""Batch 18 generator (stdlib only).  python3 make_set.py [outdir]

Builds texts/X-NNN.txt (and X-NNN.origin.txt for pairs), contracts.csv,
labels.csv and composition.csv from specs.py (contracts, abusive clauses,
Indonesian look-alikes) and wording.py (English look-alike pools).  Labels come
from construction: each abusive clause carries a private-use marker
(U+E000 + rule number) through item assembly, numbering, wrapping, table
padding, page footers, upper-casing and typographic quotes; its label is the
1-based line on which the marker ends up.  Look-alikes carry U+E100 + type
(counted, never labelled); the changed term of a pair carries U+E0FF.
"""
import sys, os, random, csv
from specs import CONTRACTS, AUTH, COUNTRY
from wording import POOL

SEED = 20261818
AB, LK, CH = 0xE000, 0xE100, '\uE0FF'
MARKS = {chr(AB + i) for i in range(1, 10)} | {chr(LK + i) for i in range(1, 10)} | {CH}
NUMW = {8: 'eight (8)', 9: 'nine (9)', 10: 'ten (10)', 40: 'forty (40)', 44: 'forty-four (44)', 48: 'forty-eight (48)'}

def vis(s):
    return sum(1 for ch in s if ch not in MARKS)

# ------------------------------------------------------------------ layout
def wrap(text, width, lead='', indent='', hyph=False):
    words = text.split()
    lines, cur = [], lead
    first = True
    for w in words:
        sep = '' if (cur == lead and first) or cur == indent else ' '
        if vis(cur) + len(sep) + vis(w) <= width:
            cur += sep + w
            first = False
            continue
        room = width - vis(cur) - len(sep) - 1
        core = w.rstrip('.,;:')
        if (hyph and not (set(w) & MARKS) and core.isalpha() and len(core) >= 7
                and room >= 3 and len(core) - room >= 3):
            cur += sep + w[:room] + '-'
            w = w[room:]
        lines.append(cur)
        cur = indent + w
        first = False
    lines.append(cur)
    return lines

def table(rows):
    cells = [[x.strip() for x in r.split('|')] for r in rows]
    n = max(len(r) for r in cells)
    wid = [max(vis(r[i]) for r in cells if i < len(r)) for i in range(n)]
    out = []
    for r in cells:
        parts = [r[i] + ' ' * (wid[i] - vis(r[i])) if i < len(r) - 1 else r[i] for i in range(len(r))]
        out.append(' | '.join(parts).rstrip())
    return out

class Doc:
    def __init__(self, width, hyph):
        self.lines, self.width, self.hyph = [], width, hyph
        self.breaks = set()          # index of a line after which a page break is forced
    def b(self):
        self.lines.append('')
    def h(self, *ls):
        self.lines.extend(ls)
    def p(self, text, lead='', indent='', split=False):
        ls = wrap(text, self.width, lead, indent, self.hyph)
        if split and len(ls) > 1:
            self.breaks.add(len(self.lines))
        self.lines.extend(ls)
    def t(self, rows):
        self.lines.extend(table(rows))

FOOTERS = [
    "Worker's initials: ______        page {n}",
    "Ref. {cid}/2026 | p. {n}",
    "- {n} -",
    "Form {form} (rev. 2025)        page {n}",
    "Page {n}        Signature: ______________",
]
FOOTERS_ID = ["Hlm. {n}        paraf pekerja: ______", "{form} - halaman {n}", "- {n} -"]

def paginate(doc, c, rnd):
    styles = FOOTERS_ID if c['lang'] == 'id' else FOOTERS
    style = styles[int(c['cid'][2:]) % len(styles)]
    form = c['dest'] + '-' + c['origin'] + '/' + str(rnd.randint(100, 999))
    out, n, count = [], 1, 0
    plen = rnd.randint(46, 54)
    forced = sorted(doc.breaks)
    for i, line in enumerate(doc.lines):
        out.append(line)
        count += 1
        near = any(0 <= f - i <= 20 for f in forced)
        if i in doc.breaks or (count >= plen and not near and i < len(doc.lines) - 8):
            out += ['', style.format(n=n, cid=c['cid'], form=form), '']
            n, count, plen = n + 1, 0, rnd.randint(46, 54)
    out += ['', style.format(n=n, cid=c['cid'], form=form)]
    return out

# ------------------------------------------------------------------ wording helpers
def place(c):
    cty = COUNTRY[c['dest']]
    return c['city'] if c['city'] == cty else f"{c['city']}, {cty}"

def pron(c):
    if c['sex'] == 'F':
        return dict(he='she', his='her', him='her', He='She')
    return dict(he='he', his='his', him='him', He='He')

def fill(c, s):
    d = dict(country=COUNTRY[c['dest']], auth=c.get('auth_id') or AUTH[c['dest']], embassy=c['embassy'],
             agency=c['agency'], pp=c['pp'], refund=c.get('refund') or 'the agreed amount', h=c['hours'],
             w=c.get('w2', 'A participant'), rep=c.get('rep', 'The speaker'))
    d.update(pron(c))
    return s.format(**d)

def mark(text, ch):
    """put marker ch at the '^' or at the start of the text (after a list dash)"""
    if '^' in text:
        return text.replace('^', ch, 1)
    if text.startswith('- '):
        return '- ' + ch + text[2:]
    return ch + text

NAMES = {'loan': [('Agency', 'Lender'), ('Worker', 'Borrower')], 'advance': [('Agency', 'Company'), ('Worker', 'Employee')]}

def extras(c, sec):
    out = []
    for rule, s, text, opt in c['ab']:
        if s == sec:
            out.append((mark(text, chr(AB + int(rule[-3:]))), opt == 'split'))
    for typ, s, text in c['lk_chosen']:
        if s == sec:
            text = fill(c, text).replace('^', '')
            if c['reg'] == 'loan' and c['style'] in NAMES:
                for a, b in NAMES[c['style']]:
                    text = text.replace(a, b)
            out.append((mark(text, chr(LK + typ)), False))
    for s, text in c['decoys']:
        if s == sec:
            out.append((text, False))
    return out

def is_ab(t):
    return any(AB < ord(x) < AB + 10 for x in t)

def mix(c, rnd, sec, neutral, fixed=()):
    items = [(t, False) for t in neutral] + extras(c, sec)
    rnd.shuffle(items)
    # abusive items keep the order in which specs.py gives them
    ab = [it for it in items if is_ab(it[0])]
    order = [e for e in extras(c, sec) if is_ab(e[0])]
    pos = [i for i, it in enumerate(items) if is_ab(it[0])]
    for i, e in zip(pos, order):
        items[i] = e
    return [(t, False) for t in fixed] + items

def cm(c, key, value):
    """value of a mandatory element, with the pair marker if it is the changed term"""
    if c['pair'] and c['pair'][0] == key:
        return CH + value
    return value

def pair_value(c, key, default):
    if c['pair'] and c['pair'][0] == key:
        return c['pair'][1] if c['version'] == 'origin' else c['pair'][2]
    return default

# ------------------------------------------------------------------ English elements
def elements_en(c, reg):
    P = pron(c); cty = COUNTRY[c['dest']]; auth = AUTH[c['dest']]
    wage = cm(c, 'wage', pair_value(c, 'wage', c['wage']))
    h, wk = c['hours'], c['weekly']
    hw = pair_value(c, 'hours', None)
    if reg == 'decl':
        e = dict(
          wage=f"I understand that my basic salary will be {wage} per month, paid to me not later than the 5th day of the following month.",
          hours=(f"I understand that my normal working day will not exceed {h} hours, and that I will have at least eight hours of unbroken rest each night." if not wk else
                 f"I understand that my normal working time will be {h} hours a day and {wk} hours a week, and that overtime is paid extra."),
          rest=f"I understand that I will have one rest day of not less than 24 consecutive hours every week, normally on {c['restday']}.",
          ret=f"I understand that my employer pays for my air ticket to {c['city']} and for my ticket back to {c['ocity']} when my contract ends.",
          complaint=f"I have been told that if I have a problem at work I may contact {auth} or {c['embassy']}.")
    elif reg in ('loan', 'notice'):
        e = dict(
          wage=f"Basic salary: {wage} per month, paid monthly",
          hours=(f"Normal hours: a working day of at most {h} hours, with at least 8 hours of continuous rest at night" if not wk else
                 f"Normal hours: {h} hours a day, {wk} hours a week; overtime paid at the legal rate"),
          rest=f"Weekly rest: one full day (24 hours) every week, normally {c['restday']}",
          ret=f"Return passage: air ticket to {c['ocity']} when the contract ends, paid by the Employer",
          complaint=f"Complaints and assistance: {auth}; {c['embassy']}")
    elif reg == 'offer':
        e = dict(
          wage=f"Salary: {wage} per month, paid by the 5th of the following month",
          hours=(f"Working hours: up to {h} hours a day, with at least 8 hours of continuous rest at night" if not wk else
                 f"Working hours: {h} hours a day, {wk} hours a week; overtime is paid"),
          rest=f"Rest day: one full day off (24 hours) every week, normally {c['restday']}",
          ret=f"Travel: air tickets from {c['ocity']} to {c['city']} and home again once the contract is over, paid by the employer",
          complaint=f"Concerns: {auth}, or {c['embassy']}")
    elif reg == 'minutes':
        e = dict(
          wage=f"{c['rep']} explained that the basic salary would be {wage} per month, paid not later than the 7th day of the following month.",
          hours=(f"Normal working time would not exceed {h} hours a day, with at least eight hours of continuous rest at night." if not wk else
                 f"Working hours would be {h} hours a day and {wk} hours a week, with overtime paid at the legal rate."),
          rest=f"Each worker would have one full rest day of 24 hours every week, normally on {c['restday']}.",
          ret=f"The employer would pay the return air ticket to {c['ocity']} on completion of the contract.",
          complaint=f"Workers were given the contact details of {auth} and of {c['embassy']} for any complaint or request for help.")
    else:  # formal
        hours = hw or (f"{NUMW[h]} hours a day, {NUMW[wk]} hours a week" if wk else f"not more than {NUMW[h]} hours a day")
        e = dict(
          wage=f"The First Party undertakes to pay the Second Party a monthly wage of {wage}, payable at the end of each month.",
          hours=f"The working hours of the Second Party shall be {cm(c, 'hours', hours)}.",
          rest=f"The Second Party is entitled to one paid weekly rest day of twenty-four (24) consecutive hours, on {c['restday']}.",
          ret=f"The First Party shall bear the cost of the return ticket of the Second Party to {c['ocity']} upon the end of this contract.",
          complaint=f"The Second Party may submit any complaint to {auth} or to {c['embassy']}.")
    keys = ['wage', 'hours', 'rest', 'ret', 'complaint']
    miss = {'return': 'ret'}
    gone = {miss.get(m, m) for m in c['missing']}
    return [e[k] for k in keys if k not in gone]

# ------------------------------------------------------------------ English frames
def numbered(doc, items, start=1, fmt='{n}.', gap=True):
    n = start
    for text, split in items:
        lead = fmt.format(n=n) + ' '
        doc.p(text, lead, ' ' * len(lead), split)
        if gap:
            doc.b()
        n += 1
    return n

def bullets(doc, items):
    for text, split in items:
        doc.p(text, '', '  ', split)

def f_decl(c, rnd, doc):
    P = pron(c); cty = COUNTRY[c['dest']]
    doc.h('DECLARATION AND UNDERTAKING OF THE WORKER', '(signed by the worker before departure and kept in the contract file)')
    doc.b()
    if c['pair']:
        doc.h(c['version_line']); doc.b()
    doc.p(f"I, the undersigned, {c['worker']}, holder of passport No. {c['pp']}, having been selected through {c['agency']} "
          f"for employment as {c['job']} with {c['employer']} in {place(c)}, do hereby declare, understand and agree as follows:")
    doc.b()
    neutral = [f"I declare that the information I gave in my application form is true and complete.",
               f"I attended the pre-departure orientation on {c['date']} and received a copy of my employment contract in {c['lang_name']}.",
               f"I understand that my contract runs for two years from the date of my arrival in {cty}.",
               "I will carry out my duties with care and will respect the laws and customs of the country where I work."]
    numbered(doc, mix(c, rnd, 'und', neutral, elements_en(c, 'decl')))
    doc.h(c.get('sign_line') or f"Signed at {c['ocity']} on {c['date']}.")
    doc.b(); doc.h('______________________________          ______________________________',
                   "Signature of worker                     Witness (name and signature)")
    doc.b(); doc.h('ACKNOWLEDGEMENTS AND RECEIPTS'); doc.b()
    neutral = [f"Received from the above-named worker: two passport-size photographs and a photocopy of {P['his']} school leaving certificate, for the visa file.",
               f"I acknowledge having received from {c['agency']} a copy of my employment contract and a copy of this declaration."]
    for text, split in mix(c, rnd, 'ack', neutral):
        doc.p(text, '', '', split); doc.h('Signed: ____________________   Date: ____________'); doc.b()

def f_loan(c, rnd, doc):
    P = pron(c); cty = COUNTRY[c['dest']]; st = c['style']
    if st == 'loan':
        doc.h('LOAN AGREEMENT'); W, O = 'the Borrower', f"{c['lender']} (\"the Lender\")"
    elif st == 'advance':
        doc.h('SALARY ADVANCE AGREEMENT'); W, O = 'the Employee', f"{c['employer']} (\"the Company\")"
    else:
        doc.h('AGENCY SERVICE AGREEMENT'); W, O = 'the Worker', f"{c['agency']} (\"the Agency\")"
    doc.b()
    doc.p(f"This Agreement is dated {c['date']} and made between:"); doc.b()
    doc.p(f"(1) {O}; and", '', '    ')
    doc.p(f"(2) {c['worker']}, holder of passport No. {c['pp']} (\"{W}\").", '', '    ')
    doc.b(); doc.h('BACKGROUND')
    doc.p(f"(A) {W[0].upper() + W[1:]} has accepted employment as {c['job']} with {c['employer']} in {place(c)} "
          f"(\"the Employment\"), the main terms of which are set out in Schedule 1.", '', '    ')
    doc.p(f"(B) The parties wish to record the terms on which they deal with each other in connection with the Employment.", '', '    ')
    doc.b(); doc.h('IT IS AGREED as follows:'); doc.b()
    nm = 'The ' + W[4:]
    if st == 'service':
        neutral = [f"The Agency shall find the Worker suitable employment with the employer named in Schedule 1 and shall arrange {P['his']} pre-departure orientation.",
                   f"The Agency shall give the Worker a copy of {P['his']} employment contract, in a language {P['he']} understands, before {P['he']} signs it.",
                   "The costs connected with the Employment are allocated as shown in Schedule 2.",
                   "This Agreement ends when the Worker has completed the Employment or when the Employment ends for any other reason."]
    else:
        neutral = [f"{nm} shall inform the other party in writing of any change in {P['his']} address or telephone number.",
                   "The costs connected with the Employment are allocated as shown in Schedule 2.",
                   "Any notice under this Agreement may be delivered by hand, by post or by text message to the last address or number notified.",
                   f"This Agreement is governed by the law of {cty}."]
    numbered(doc, mix(c, rnd, 'cl', neutral))
    doc.h('SCHEDULE 1 - PARTICULARS OF THE EMPLOYMENT'); doc.b()
    parts = [f"Employer: {c['employer']}, {c['city']}", f"Position: {c['job']}",
             "Duration: two (2) years from arrival"] + elements_en(c, 'loan')
    for s in parts:
        doc.p(s, '', '    ')
    doc.b(); doc.h('SCHEDULE 2 - COSTS CONNECTED WITH THE EMPLOYMENT'); doc.b()
    rows = ["Item | Amount | Paid by | Remarks",
            "Employer's recruitment fee | as agreed | Employer | paid directly to the Agency",
            "Pre-departure orientation | nil to Worker | Employer | held at the Agency's office",
            "Outward air ticket | nil to Worker | Employer | booked by the Agency"]
    doc.t(rows[:1] + [t for t, _ in mix(c, rnd, 'row', rows[1:])])
    doc.b(); doc.h(c.get('sign_line') or f"Signed on {c['date']}.")
    doc.b(); doc.h('For the first party: ____________________      ' + nm + ': ____________________')

def f_offer(c, rnd, doc):
    cty = COUNTRY[c['dest']]; st = c['style']
    if st == 'ad':
        doc.h('[Copy of advertisement as published, kept in the file]'); doc.b()
        doc.h(f"WANTED: {c['job'].upper()}S FOR {cty.upper()}", f"{c['agency']} - licensed recruitment agency")
        doc.b(); doc.h('Requirements:')
        bullets(doc, mix(c, rnd, 'req', ["- Age 21 to 40", f"- At least one year of experience as {c['job']}", "- Basic spoken English"]))
        doc.b(); doc.h('Benefits:')
        bullets(doc, mix(c, rnd, 'ben', [f"- Basic salary {c['wage']} per month", "- Free accommodation and meals",
                                         "- Medical insurance paid by the employer", "- 2-year contract, renewable"]))
        doc.b(); doc.h(f"Apply in person at the agency office in {c['ocity']}, Monday to Saturday, 9 a.m. to 4 p.m.")
        doc.b(); doc.h('-' * 40); doc.b()
    if st == 'jo':
        doc.h(f"JOB ORDER No. {c['dest']}-2026-{rnd.randint(100, 999)}", f"Principal: {c['employer']}, {c['city']}, {cty}",
              f"Recruiting agent: {c['agency']}, {c['ocity']}")
        doc.b()
        doc.t(["Position | Number | Basic salary | Contract", f"{c['job'].capitalize()} | 40 | {c['wage']} per month | 2 years",
               f"Foreman | 2 | as per interview | 2 years"])
        doc.b(); doc.h('Requirements:')
        bullets(doc, mix(c, rnd, 'req', ["- Age 22 to 45", "- Trade test at the agency's centre", "- Valid passport"]))
        doc.b(); doc.h('Benefits:')
        bullets(doc, mix(c, rnd, 'ben', ["- Free shared accommodation and transport to site", "- Medical insurance"]))
        doc.b(); doc.h('Terms and conditions of the selected candidate:'); doc.b()
        items = [(x, False) for x in elements_en(c, 'offer')] + mix(c, rnd, 'off', ["Contract period is two years from the date of arrival.",
                                                                                    "Food allowance of SAR 300 a month is paid with the salary."])
        numbered(doc, items, gap=False)
        doc.b(); doc.h(c.get('sign_line') or f"Issued at {c['ocity']} on {c['date']}.", '', 'Accepted by the candidate: ____________________')
        return
    doc.h('OFFER OF EMPLOYMENT'); doc.b()
    if c['pair']:
        doc.h(c['version_line']); doc.b()
    doc.h(c['date']); doc.b()
    doc.h(f"Dear {'Ms.' if c['sex'] == 'F' else 'Mr.'} {c['worker']},"); doc.b()
    doc.p(f"We are pleased to offer you the position of {c['job']} with {c['employer']}, {place(c)}, on the terms set out below.")
    doc.b()
    for s in elements_en(c, 'offer'):
        doc.p(s, '', '    ')
    doc.b()
    for text, split in mix(c, rnd, 'off', [f"Your employment starts on the day you arrive in {cty} and runs for two years.",
                                            "Accommodation is provided free of charge, shared with no more than three colleagues.",
                                            "Please bring comfortable work shoes; uniforms are provided and laundered by us."]):
        doc.p(text, '', '', split); doc.b()
    doc.p("Please confirm your acceptance by signing and returning a copy of this letter to the recruitment agency.")
    doc.b(); doc.h('Yours sincerely,', '', f"Human Resources, {c['employer']}")
    doc.b(); doc.h(c.get('sign_line') or 'Accepted: ____________________   Date: ____________')

def f_notice(c, rnd, doc):
    cty = COUNTRY[c['dest']]; st = c['style']
    doc.h('STATEMENT OF EMPLOYMENT PARTICULARS'); doc.b()
    for s in [f"Employer: {c['employer']}, {c['city']}", f"Worker: {c['worker']} (passport No. {c['pp']})",
              f"Position: {c['job']}", "Duration: two (2) years from arrival"] + elements_en(c, 'notice'):
        doc.p(s, '', '    ')
    doc.b()
    where = 'in the kitchen' if st == 'house' else 'at the accommodation'
    doc.p(f"The rules reproduced below, as posted {where}, form part of the terms of employment. Signed on {c['date']}.")
    doc.b(); doc.h('Employer: ____________________      Worker: ____________________')
    doc.b(); doc.h('-' * 40); doc.b()
    if st == 'house':
        doc.h('NOTICE TO THE HOUSE HELPER', '(posted on the kitchen door)'); who = 'The helper'
    elif st == 'site':
        doc.h('NOTICE TO ALL WORKERS', f"SITE AND DORMITORY RULES - {c['hostel']}"); who = 'Workers'
    else:
        doc.h('NOTICE TO ALL RESIDENTS', f"{c['hostel']} - House Rules (in force from 1 January 2026)"); who = 'Residents'
    doc.b(); doc.h(f"{who} must:")
    bullets(doc, mix(c, rnd, 'must', ["- keep their rooms clean and take their turn on the weekly cleaning rota",
                                      "- show their pass to the guard when entering"] if st != 'house' else
                               ["- keep the kitchen and her room clean and tidy", "- switch off the gas after cooking"]))
    doc.b(); doc.h('It is strictly prohibited to:')
    bullets(doc, mix(c, rnd, 'proh', ["- cook in the bedrooms or use electric heaters", "- smoke inside the buildings",
                                      "- bring in alcohol or gamble on the premises"]))
    doc.b(); doc.h('General:')
    bullets(doc, mix(c, rnd, 'gen', ["- Lights out in the bedrooms at 11 p.m. on working days; the common room stays open later.",
                                     "- Laundry is collected on Mondays and Thursdays.",
                                     "- Report any broken fitting to the office so that it can be repaired."]))
    doc.b(); doc.h('PENALTIES'); doc.b()
    rows = ["Offence | First time | Repeated",
            "Smoking inside a building | verbal warning | written warning",
            "Cooking in a bedroom | verbal warning | written warning",
            "Fighting on the premises | written warning | inquiry by HR"]
    doc.t(rows[:1] + [t for t, _ in mix(c, rnd, 'pen', rows[1:])])
    doc.b(); doc.h('By order of the Management')

def f_minutes(c, rnd, doc):
    cty = COUNTRY[c['dest']]; st = c['style']
    if st == 'camp':
        doc.h('MINUTES OF MEETING WITH NEWLY ARRIVED WORKERS', f"{c['employer']} - Workers' Camp, {c['city']}")
        venue = f"Camp dining hall, {c['city']}"
    else:
        doc.h('MINUTES OF THE PRE-DEPARTURE ORIENTATION SEMINAR', c['agency'])
        venue = f"Training room of the agency, {c['ocity']}"
    doc.b()
    doc.h(f"Date: {c['date']}", f"Venue: {venue}", f"Chair: {c['rep']}, {c['rep_role']}",
          f"Present: 24 workers (attendance sheet attached), including {c['worker']}", "Recorded by: the office secretary")
    doc.b(); doc.h('1. Opening'); doc.b()
    doc.p(f"The meeting was opened at 9.05 a.m. by {c['rep']}, who welcomed the participants and explained the purpose of the session.")
    doc.b(); doc.h('2. Terms of employment'); doc.b()
    for s in elements_en(c, 'minutes'):
        doc.p(s); doc.b()
    doc.h('3. Documents, money and conduct'); doc.b()
    for text, split in mix(c, rnd, 'min', ["A video on airport procedures and customs rules was shown to the participants.",
                                            f"Participants were reminded to carry their contract, visa copy and flight details in their hand luggage.",
                                            f"{c['rep']} described the climate of {cty} and gave advice on suitable clothing."]):
        doc.p(text, '', '', split); doc.b()
    doc.h('4. Questions from participants'); doc.b()
    for text, split in mix(c, rnd, 'qa', [f"A participant asked how much luggage could be carried. {c['rep']} replied that the ticket allowed 30 kg of checked baggage."]):
        doc.p(text, '', '', split); doc.b()
    doc.h('5. Closing'); doc.b()
    doc.p("It was agreed that these minutes, read back to the participants in their own language, be signed by each worker and kept in the contract file as part of the terms of employment.")
    doc.b(); doc.p("The meeting closed at 12.40 p.m.")
    doc.b(); doc.h('Chair: ____________________     Worker: ____________________')

def f_formal(c, rnd, doc):
    cty = COUNTRY[c['dest']]; P = pron(c)
    arabic = c['style'] == 'arabic'
    if arabic:
        doc.h('EMPLOYMENT CONTRACT', '(English translation of the Arabic original)')
        doc.b()
        if c['pair']:
            doc.h(c['version_line']); doc.b()
        doc.p(f"On this day, {c['date']}, this contract was concluded between:"); doc.b()
        doc.p(f"First Party: {c['employer']}, {c['city']}, {cty} (the employer).", '', '    ')
        doc.p(f"Second Party: {c['worker']}, passport No. {c['pp']} (the worker).", '', '    ')
        doc.b()
        doc.p("The two parties, having the legal capacity to contract, have agreed on the following:")
        fmt = 'Article ({n}):'
        first = ["The above preamble forms an integral part of this contract.",
                 f"The Second Party shall work for the First Party as {c['job']} in {c['city']}.",
                 f"The duration of this contract is two (2) years from the date of arrival of the Second Party in {cty}."]
    else:
        doc.h('CONTRACT OF SERVICE', '(English translation of the Malay text)')
        doc.b()
        doc.p(f"THIS AGREEMENT is made on {c['date']} BETWEEN {c['employer']}, {c['city']} (hereinafter referred to as \"the First Party\") "
              f"of the one part AND {c['worker']}, passport No. {c['pp']} (hereinafter referred to as \"the Second Party\") of the other part.")
        doc.b()
        doc.p(f"WHEREAS the First Party wishes to employ the Second Party as {c['job']} AND WHEREAS the Second Party agrees to be so employed, "
              "NOW IT IS HEREBY AGREED as follows:")
        fmt = 'Clause {n}:'
        first = [f"The First Party undertakes to employ the Second Party as {c['job']} for a period of two (2) years from the date of his arrival in {cty}."]
    doc.b()
    neutral = [f"The Second Party shall carry out the work assigned to {P['him']} with honesty and diligence and shall abide by the laws and customs of {cty}.",
               "The First Party undertakes to provide the Second Party with suitable accommodation free of charge.",
               "The First Party shall provide the Second Party with medical treatment in accordance with the law in force."]
    items = [(x, False) for x in first + elements_en(c, 'formal')] + mix(c, rnd, 'art', neutral)
    items.append(("This contract is made in two originals, one held by each party, and each party has read and understood it.", False))
    numbered(doc, items, fmt=fmt)
    doc.h(c.get('sign_line') or f"Signed on {c['date']}.")
    doc.b(); doc.h('First Party: ____________________      Second Party: ____________________')

# ------------------------------------------------------------------ Indonesian frames
def f_id(c, rnd, doc):
    reg, st = c['reg'], c['style']
    wage = cm(c, 'wage', pair_value(c, 'wage', c['wage']))
    h, wk = c['hours'], c['weekly']
    A, E = c['auth_id'], c['embassy']
    hrs = (f"{h} jam sehari dan {wk} jam seminggu" if wk else f"paling lama {h} jam sehari, dengan istirahat malam paling sedikit 8 jam berturut-turut")
    if reg == 'decl':
        el = [f"Saya mengerti bahwa gaji saya sebesar {wage} per bulan, dibayar paling lambat tanggal 7 bulan berikutnya.",
              f"Saya mengerti bahwa jam kerja saya {hrs}.",
              f"Saya mengerti bahwa saya berhak atas satu hari libur penuh (24 jam) setiap minggu, biasanya hari {c['restday']}.",
              f"Saya mengerti bahwa tiket pesawat ke {c['city']} dan tiket pulang ke {c['ocity']} pada akhir kontrak dibayar oleh majikan.",
              f"Saya telah diberi tahu bahwa jika ada masalah saya dapat menghubungi {A} atau {E}."]
        doc.h('SURAT PERNYATAAN DAN KESANGGUPAN PEKERJA', '(ditandatangani pekerja sebelum berangkat)'); doc.b()
        doc.p(f"Saya yang bertanda tangan di bawah ini, {c['worker']}, pemegang paspor No. {c['pp']}, yang telah terpilih melalui "
              f"{c['agency']} untuk bekerja sebagai {c['job']} pada {c['employer']} di {c['city']}, dengan ini menyatakan, mengerti dan menyetujui hal-hal berikut:")
        doc.b()
        numbered(doc, mix(c, rnd, 'und', ["Keterangan yang saya berikan dalam formulir pendaftaran adalah benar dan lengkap.",
                                          f"Saya telah mengikuti orientasi pra-pemberangkatan pada {c['date']} dan menerima salinan perjanjian kerja dalam bahasa Indonesia dan Inggris.",
                                          "Saya mengerti bahwa perjanjian kerja saya berlaku dua tahun sejak saya tiba di tempat kerja."], el))
        doc.h(f"Dibuat di {c['ocity']}, {c['date']}."); doc.b()
        doc.h('______________________________', 'Tanda tangan pekerja'); doc.b()
        doc.h('TANDA TERIMA DAN PENGAKUAN'); doc.b()
        for text, split in mix(c, rnd, 'ack', ["Telah diterima dari pekerja tersebut di atas: dua lembar pasfoto dan fotokopi ijazah, untuk berkas visa.",
                                               f"Saya mengaku telah menerima dari {c['agency']} salinan perjanjian kerja dan salinan surat pernyataan ini."]):
            doc.p(text, '', '', split); doc.h('Tanda tangan: ________________   Tanggal: __________'); doc.b()
    elif reg == 'loan':
        doc.h('PERJANJIAN PINJAMAN'); doc.b()
        doc.p(f"Pada hari ini, {c['date']}, yang bertanda tangan di bawah ini:"); doc.b()
        doc.p(f"1. {c['lender']}, selanjutnya disebut Pihak Pertama;", '', '   ')
        doc.p(f"2. {c['worker']}, pemegang paspor No. {c['pp']}, calon pekerja migran yang akan bekerja sebagai {c['job']} pada {c['employer']} di {c['city']}, selanjutnya disebut Pihak Kedua.", '', '   ')
        doc.b(); doc.p("Kedua belah pihak sepakat mengadakan perjanjian dengan ketentuan sebagai berikut:"); doc.b()
        numbered(doc, mix(c, rnd, 'cl', ["Pihak Kedua wajib memberi tahu Pihak Pertama secara tertulis apabila alamat atau nomor teleponnya berubah.",
                                         "Rincian biaya yang berkaitan dengan penempatan tercantum dalam Lampiran 2.",
                                         "Perselisihan mengenai perjanjian ini diselesaikan secara musyawarah."]), fmt='Pasal {n}:')
        doc.h('LAMPIRAN 1 - KETERANGAN PEKERJAAN'); doc.b()
        for s in [f"Majikan: {c['employer']}, {c['city']}", f"Jabatan: {c['job']}", "Jangka waktu: 2 (dua) tahun sejak tiba",
                  f"Gaji pokok: {wage} per bulan", f"Jam kerja: {hrs}", f"Hari libur: satu hari penuh (24 jam) setiap minggu, biasanya hari {c['restday']}",
                  f"Tiket pulang: tiket pesawat ke {c['ocity']} pada akhir kontrak dibayar majikan", f"Pengaduan: {A}; {E}"]:
            doc.p(s, '', '    ')
        doc.b(); doc.h('LAMPIRAN 2 - RINCIAN BIAYA'); doc.b()
        rows = ["Jenis biaya | Jumlah | Dibayar oleh | Keterangan", "Visa kerja | - | Majikan | diurus agensi",
                "Pemeriksaan kesehatan | - | Majikan | di klinik yang ditunjuk", "Tiket berangkat | - | Majikan | dipesan agensi"]
        doc.t(rows[:1] + [t for t, _ in mix(c, rnd, 'row', rows[1:])])
        doc.b(); doc.h('Pihak Pertama: ________________      Pihak Kedua: ________________')
    elif reg == 'minutes':
        doc.h('NOTULEN ORIENTASI PRA-PEMBERANGKATAN', c['agency']); doc.b()
        doc.h(f"Tanggal: {c['date']}", f"Tempat: ruang pelatihan agensi, {c['ocity']}", f"Pimpinan rapat: {c['rep']}, {c['rep_role']}",
              f"Hadir: 18 calon pekerja (daftar hadir terlampir), termasuk {c['worker']}", "Notulis: staf administrasi")
        doc.b(); doc.h('1. Pembukaan'); doc.b()
        doc.p(f"Acara dibuka pukul 09.00 oleh {c['rep']}, yang menyambut peserta dan menjelaskan tujuan orientasi.")
        doc.b(); doc.h('2. Syarat kerja'); doc.b()
        for s in [f"{c['rep']} menjelaskan bahwa gaji pokok sebesar {wage} per bulan, dibayar paling lambat tanggal 7 bulan berikutnya.",
                  f"Jam kerja {hrs}.", f"Setiap pekerja berhak atas satu hari libur penuh 24 jam setiap minggu, biasanya hari {c['restday']}.",
                  f"Majikan membayar tiket pulang ke {c['ocity']} pada akhir kontrak.",
                  f"Peserta diberi nomor kontak {A} dan {E} untuk pengaduan atau permintaan bantuan."]:
            doc.p(s); doc.b()
        doc.h('3. Dokumen, uang dan tata tertib'); doc.b()
        for text, split in mix(c, rnd, 'min', ["Peserta diputarkan video tentang prosedur bandara dan aturan bea cukai.",
                                               "Peserta diingatkan untuk membawa perjanjian kerja, salinan visa dan jadwal penerbangan di tas tangan."]):
            doc.p(text, '', '', split); doc.b()
        doc.h('4. Tanya jawab'); doc.b()
        for text, split in mix(c, rnd, 'qa', [f"Seorang peserta bertanya berapa kilogram bagasi yang boleh dibawa. {c['rep']} menjawab bahwa tiket mencakup bagasi 30 kg."]):
            doc.p(text, '', '', split); doc.b()
        doc.h('5. Penutup'); doc.b()
        doc.p("Disepakati bahwa notulen ini, setelah dibacakan kembali kepada peserta, ditandatangani oleh setiap pekerja dan disimpan dalam berkas perjanjian kerja sebagai bagian dari syarat kerja.")
        doc.b(); doc.h('Pimpinan rapat: ________________     Pekerja: ________________')
    elif reg == 'notice':
        doc.h('RINGKASAN SYARAT KERJA'); doc.b()
        for s in [f"Perusahaan: {c['employer']}, {c['city']}", f"Pekerja: {c['worker']} (paspor No. {c['pp']})", f"Jabatan: {c['job']}",
                  f"Gaji: {wage} per bulan", f"Jam kerja: {hrs}; lembur dibayar sesuai undang-undang",
                  f"Hari libur: satu hari penuh (24 jam) setiap minggu, biasanya hari {c['restday']}",
                  f"Tiket pulang: tiket pesawat ke {c['ocity']} pada akhir kontrak dibayar Perusahaan", f"Pengaduan: {A}; {E}"]:
            doc.p(s, '', '    ')
        doc.b(); doc.p(f"Peraturan asrama di bawah ini, sebagaimana ditempel di asrama, merupakan bagian dari syarat kerja. Ditandatangani pada {c['date']}.")
        doc.b(); doc.h('Perusahaan: ________________      Pekerja: ________________'); doc.b(); doc.h('-' * 40); doc.b()
        doc.h('PENGUMUMAN UNTUK SEMUA PENGHUNI ASRAMA', f"{c['hostel']} - Tata Tertib (berlaku sejak 1 Januari 2026)")
        doc.b(); doc.h('Penghuni wajib:')
        bullets(doc, mix(c, rnd, 'must', ["- menjaga kebersihan kamar dan ikut giliran kerja bakti mingguan", "- menunjukkan kartu penghuni kepada penjaga saat masuk"]))
        doc.b(); doc.h('Penghuni dilarang keras:')
        bullets(doc, mix(c, rnd, 'proh', ["- memasak di dalam kamar tidur", "- merokok di dalam gedung", "- membawa minuman keras atau berjudi"]))
        doc.b(); doc.h('Ketentuan umum:')
        bullets(doc, mix(c, rnd, 'gen', ["- Lampu kamar dimatikan pukul 23.00 pada hari kerja; ruang bersama tetap buka.", "- Cucian diambil setiap Senin dan Kamis."]))
        doc.b(); doc.h('SANKSI'); doc.b()
        rows = ["Pelanggaran | Pertama kali | Berulang", "Merokok di dalam gedung | teguran lisan | teguran tertulis",
                "Memasak di kamar | teguran lisan | teguran tertulis"]
        doc.t(rows[:1] + [t for t, _ in mix(c, rnd, 'pen', rows[1:])])
        doc.b(); doc.h('Pengelola Asrama')
    elif reg == 'formal':
        doc.h('PERJANJIAN KERJA'); doc.b()
        doc.p(f"Pada hari ini, {c['date']}, telah dibuat perjanjian kerja antara:"); doc.b()
        doc.p(f"Pihak Pertama: {c['employer']}, {c['city']} (pemberi kerja).", '', '    ')
        doc.p(f"Pihak Kedua: {c['worker']}, paspor No. {c['pp']} (pekerja).", '', '    ')
        doc.b(); doc.p("Kedua belah pihak sepakat atas ketentuan berikut:"); doc.b()
        el = [f"Pihak Kedua bekerja pada Pihak Pertama sebagai {c['job']} di {c['city']} selama 2 (dua) tahun sejak tiba.",
              f"Pihak Pertama wajib membayar upah Pihak Kedua sebesar {wage} setiap bulan, paling lambat tanggal 7 bulan berikutnya.",
              f"Pihak Kedua berhak atas satu hari libur penuh (24 jam) setiap minggu, biasanya hari {c['restday']}.",
              f"Pihak Pertama menanggung tiket pesawat pulang Pihak Kedua ke {c['ocity']} pada akhir perjanjian."]
        items = [(x, False) for x in el] + mix(c, rnd, 'art', ["Pihak Kedua wajib melaksanakan pekerjaan dengan jujur dan menghormati hukum serta adat setempat.",
                                                               "Pihak Pertama menyediakan kamar tidur tersendiri dan makanan yang layak tanpa biaya."])
        items.append(("Perjanjian ini dibuat rangkap dua, masing-masing pihak memegang satu.", False))
        numbered(doc, items, fmt='Pasal {n}:')
        doc.h('Pihak Pertama: ________________      Pihak Kedua: ________________')
    elif reg == 'offer':
        doc.h('SURAT PENAWARAN KERJA'); doc.b(); doc.h(c['version_line']); doc.b(); doc.h(c['date']); doc.b()
        doc.h(f"Kepada Yth. Sdri. {c['worker']},"); doc.b()
        doc.p(f"Dengan senang hati kami menawarkan kepada Anda jabatan {c['job']} pada {c['employer']}, {c['city']}, dengan syarat sebagai berikut:")
        doc.b()
        for s in [f"Gaji pokok: {wage} per bulan", f"Jam kerja: {hrs}; lembur dibayar",
                  f"Hari libur: satu hari penuh (24 jam) setiap minggu, biasanya hari {c['restday']}",
                  f"Tiket: tiket berangkat dari {c['ocity']} dan tiket pulang pada akhir kontrak dibayar perusahaan", f"Pengaduan: {A} atau {E}"]:
            doc.p(s, '', '    ')
        doc.b()
        for text, split in mix(c, rnd, 'off', ["Masa kerja Anda dimulai sejak tiba di Taiwan dan berlaku dua tahun.",
                                               "Asrama disediakan gratis, satu kamar untuk paling banyak empat orang."]):
            doc.p(text, '', '', split); doc.b()
        doc.p("Mohon tanda tangani dan kembalikan salinan surat ini kepada agensi sebagai tanda persetujuan.")
        doc.b(); doc.h('Hormat kami,', f"Bagian Personalia, {c['employer']}"); doc.b(); doc.h(c['sign_line'])

FRAMES = dict(decl=f_decl, loan=f_loan, offer=f_offer, notice=f_notice, minutes=f_minutes, formal=f_formal)

# ------------------------------------------------------------------ look-alike choice
SECTIONS = dict(decl={'und', 'ack'}, loan={'cl', 'row'}, ad={'req', 'ben', 'off'}, jo={'req', 'ben', 'off'},
                letter={'off'}, notice={'must', 'proh', 'gen', 'pen'}, minutes={'min', 'qa'}, formal={'art'})
def choose_lookalikes(contracts, rnd):
    tcount = {t: 0 for t in range(1, 10)}
    vcount = {}
    for c in contracts:
        if c['lang'] == 'id':
            c['lk_chosen'] = list(c['lk'])
            continue
        own = {int(r[-3:]) for r, _, _, _ in c['ab']}
        allowed = [t for t in range(1, 10) if t not in own]
        if c['sex'] == 'M' or c['dest'] == 'SG':
            allowed = [t for t in allowed if t not in (5, 6)]
        if 'rest' in c['missing'] or 'hours' in c['missing']:
            allowed = [t for t in allowed if t != 4]
        if 'complaint' in c['missing']:
            allowed = [t for t in allowed if t != 9]
        if 'wage' in c['missing']:
            allowed = [t for t in allowed if t != 7]
        if 'return' in c['missing']:
            allowed = [t for t in allowed if t != 3]
        pool = POOL[c['reg']]
        secs = SECTIONS.get(c['style']) or SECTIONS[c['reg']]
        ok = lambda t, i: vcount.get((c['reg'], t, i), 0) < 2 and pool[t][i][0] in secs
        usable = [t for t in allowed if any(ok(t, i) for i in range(len(pool.get(t, []))))]
        rnd.shuffle(usable)
        usable.sort(key=lambda t: tcount[t])
        chosen = []
        for t in usable[:c['nl']]:
            vi = min((i for i in range(len(pool[t])) if ok(t, i)), key=lambda i: (vcount.get((c['reg'], t, i), 0), i))
            vcount[(c['reg'], t, vi)] = vcount.get((c['reg'], t, vi), 0) + 1
            tcount[t] += 1
            sec, text = pool[t][vi]
            chosen.append((t, sec, text))
        assert len(chosen) == c['nl'], c['cid']
        c['lk_chosen'] = chosen
    return vcount

# ------------------------------------------------------------------ build
def render(c, version):
    c = dict(c); c['version'] = version
    rnd = random.Random(f"{SEED}-{c['cid']}")
    if c['pair']:
        if c['lang'] == 'id':
            c['version_line'] = (f"Naskah: ditandatangani di {c['ocity']} sebelum keberangkatan" if version == 'origin'
                                 else f"Naskah: ditandatangani di {c['city']} setelah kedatangan")
            c['sign_line'] = ('Diterima: ______________   Tanggal: 14 Januari 2026' if version == 'origin'
                              else 'Diterima: ______________   Tanggal: 3 Maret 2026')
        else:
            c['version_line'] = (f"Version: signed in {c['ocity']} before departure" if version == 'origin'
                                 else f"Version: signed in {c['city']} after arrival")
            c['sign_line'] = (f"Signed at {c['ocity']} on 14 January 2026." if version == 'origin'
                              else f"Signed at {c['city']} on 3 March 2026.")
    doc = Doc(rnd.randint(68, 78), bool(c['hyph']))
    (f_id if c['lang'] == 'id' else FRAMES[c['reg']])(c, rnd, doc)
    lines = paginate(doc, c, rnd)
    text = '\n'.join(l.rstrip() for l in lines) + '\n'
    if c['caps']:
        text = text.upper()
    if c['typo']:
        text = text.replace("'", '\u2019')
    return text

def scan(text):
    ab, lk, ch = [], [], []
    for i, line in enumerate(text.split('\n'), 1):
        for j, x in enumerate(line):
            o = ord(x)
            if AB < o < AB + 10:
                ab.append((i, 'CTR-%03d' % (o - AB), j))
            elif LK < o < LK + 10:
                lk.append((i, o - LK))
            elif x == CH:
                ch.append(i)
    clean = ''.join(x for x in text if x not in MARKS)
    return ab, lk, ch, clean

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(out, 'texts'), exist_ok=True)
    rnd = random.Random(SEED)
    vcount = choose_lookalikes(CONTRACTS, rnd)
    labels, comp, cons = [], [], []
    for c in sorted(CONTRACTS, key=lambda c: c['cid']):
        versions = ['dest', 'origin'] if c['pair'] else ['dest']
        for v in versions:
            text = render(c, v)
            ab, lk, ch, clean = scan(text)
            name = c['cid'] + ('.origin' if v == 'origin' else '') + '.txt'
            with open(os.path.join(out, 'texts', name), 'w', encoding='utf-8', newline='\n') as f:
                f.write(clean)
            cl = clean.split('\n')
            if v == 'dest':
                nlines = len(cl) - 1
                print(f"{c['cid']} {c['lang']} {c['role']:6} {c['reg']:7} lines={nlines} lookalikes={sorted(t for _, t in lk)}")
                assert len(ab) == len(c['ab']), (c['cid'], ab)
                for ln, rule, col in sorted(ab):
                    labels.append((c['cid'], c['lang'], rule, ln))
                    print(f"   {rule} line {ln} col {col}: {cl[ln-2]!r}\n{' '*27}> {cl[ln-1]!r}")
                if c['role'] == 'ctr010':
                    labels.append((c['cid'], c['lang'], 'CTR-010', ''))
                if c['pair'] and c['pair'][0] != 'none':
                    assert len(ch) == 1
                    labels.append((c['cid'], c['lang'], 'CTR-011', ch[0]))
                    print(f"   CTR-011 line {ch[0]}: {cl[ch[0]-1]!r}")
                lkt = sorted({t for _, t in lk})
                detail = {'abuse': ' '.join(r for _, r, _ in sorted(ab)), 'ctr010': ' '.join(c['missing']),
                          'pair': c['pair'][0] if c['pair'] else '', 'clean': ''}[c['role']]
                pov = {'decl': 'first', 'loan': 'roles', 'offer': 'you', 'notice': 'roles', 'minutes': 'third', 'formal': 'parties'}[c['reg']]
                numbering = {'decl': 'dotted', 'loan': 'dotted', 'offer': 'plain', 'notice': 'bullets', 'minutes': 'dotted', 'formal': 'article'}[c['reg']]
                if c['lang'] == 'id':
                    numbering = 'pasal' if c['reg'] in ('loan', 'formal') else numbering
                schedule = {'decl': 'declaration', 'notice': 'notice', 'minutes': 'minutes'}.get(c['reg']) or \
                    {'loan': 'loan', 'advance': 'advance', 'service': 'service', 'ad': 'advert', 'jo': 'joborder',
                     'letter': 'offer', 'arabic': 'arabic', 'malay': 'malay', 'pihak': 'pihak'}[c['style']]
                comp.append([c['cid'], c['lang'], c['role'], c['sector'], c['dest'], c['origin'], detail,
                             ' '.join('CTR-%03d' % t for t in lkt), pov, numbering, c['caps'], c['typo'], c['hyph'],
                             schedule, 0, 0, nlines])
                cons.append([c['cid'], c['lang'], c['wnum'], c['cur']])
            else:
                print(f"   origin version: {len(cl) - 1} lines")
        if c['pair']:
            a = open(os.path.join(out, 'texts', c['cid'] + '.origin.txt'), encoding='utf-8').read().split('\n')
            b = open(os.path.join(out, 'texts', c['cid'] + '.txt'), encoding='utf-8').read().split('\n')
            assert len(a) == len(b), c['cid']
            for i, (x, y) in enumerate(zip(a, b), 1):
                if x != y:
                    print(f"   diff line {i}: {x!r} -> {y!r}")
    with open(os.path.join(out, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n'); w.writerow(['contract', 'language', 'rule', 'line']); w.writerows(labels)
    with open(os.path.join(out, 'contracts.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n'); w.writerow(['contract', 'language', 'wage', 'currency']); w.writerows(cons)
    with open(os.path.join(out, 'composition.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow('contract,language,role,sector,destination,origin,detail,lookalike_types,pov,numbering,caps_all,typographic,hyphenation,schedule,definitions,bilingual,lines'.split(','))
        w.writerows(comp)
    used = sum(1 for v in vcount.values() if v)
    print(f"English look-alike variants used: {used}, twice: {sum(1 for v in vcount.values() if v == 2)}")

if __name__ == '__main__':
    main()
