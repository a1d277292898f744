"""Register frames of contract batch 16: the wording of the contract bodies
(written from scratch for this batch) and how each register lays out its
clauses, messages, tables and checklists.

Each frame returns a list of text lines that still carry the private-use
label markers.  Inserted items (abusive clauses and look-alikes) arrive as
dicts: {'slot': section key / table / message token, 'text': str or tuple}.
Paragraph items are (tag, text): tag is a mandatory element ('wage',
'hours', 'rest', 'return', 'complaint') or '' and the paragraph is dropped
when the contract lacks that element.
"""

from core import wrap, table, PAIRMARK, vlen


class Doc:
    def __init__(self, width, hyph):
        self.lines = []
        self.width = width
        self.hyph = hyph

    def blank(self):
        if self.lines and self.lines[-1] != '':
            self.lines.append('')

    def line(self, s=''):
        self.lines.append(s)

    def para(self, text, first='', rest=None, width=None, hyph=True):
        self.lines += wrap(text, width or self.width, first, rest,
                           self.hyph if hyph else None)


def fill(text, P):
    return text.format_map(P)


def pick(rng, *opts):
    return rng.choice(opts)


def build_sections(spec, P, rng, base, inserts):
    """base: list of (key, title, [(tag, text), ...]).  Drop paragraphs of
    missing elements, insert items at random positions of their section,
    drop empty sections."""
    missing = set(spec.get('missing', ())) | set(spec.get('suppress', ()))
    secs = []
    for key, title, paras in base:
        items = []
        for tag, text in paras:
            if tag in missing:
                continue
            items.append({'text': text, 'tag': tag})
        secs.append({'key': key, 'title': title, 'items': items})
    keys = [s['key'] for s in secs]
    for it in inserts:
        key = it['slot'] if it['slot'] in keys else 'other'
        sec = secs[keys.index(key)]
        pos = rng.randint(1 if sec['items'] else 0, len(sec['items']))
        if it.get('first'):
            pos = 0
        if it.get('last'):
            pos = len(sec['items'])
        sec['items'].insert(pos, {'text': it['text'], 'tag': 'insert'})
    return [s for s in secs if s['items']]


def pair_line(spec, which):
    """Version line and signing date of an origin/destination pair."""
    return spec['pair_version'][which], spec['pair_date'][which]


# =====================================================================
# Register 1: non-native English drafting by a small agency
# =====================================================================

def frame_broken(spec, P, rng, inserts, version=None):
    d = Doc(P['width'], P['hyphx'])
    sec = spec['sector']
    dom = sec in ('domestic', 'care')
    title = pick(rng, 'EMPLOYMENT AGREEMENT FOR OVERSEAS WORKER',
                 'CONTRACT OF EMPLOYMENT (FOREIGN WORKER)',
                 'AGREEMENT OF EMPLOYMENT BETWEEN EMPLOYEER AND WORKER')
    d.line(P['agency'].upper())
    d.line('Licence No. %s  -  %s' % (P['licence'], P['agency_city']))
    d.line()
    d.line(title)
    d.line('Ref: %s' % P['ref'])
    if version:
        d.line(version[0])
    d.line()
    d.para(fill(pick(rng,
        "This agreement is make on {date} at {sign_city} between the "
        "parties below:",
        "This agreement is sign on {date} in {sign_city} by below "
        "parties:"), P))
    d.line()
    d.para(fill("EMPLOYEER: {employer}, {address}", P), rest='  ')
    d.para(fill("WORKER: {worker}, {adj} nationality, pasport no. {pp}", P),
           rest='  ')
    d.para(fill("AGENCY: {agency}, {agency_city}", P), rest='  ')
    d.line()
    d.para(pick(rng, "Both side read this agreement and agree the following "
                "terms and condition:",
                "Both party is agree with the terms and condition as "
                "follow:"))
    d.line()

    if dom:
        job = ("Worker is employ as {job} in the house of employeer at "
               "{city}, {country}. She do house cleaning, cooking, washing "
               "and ironing, she is NOT send to work in other house or in "
               "the business of employeer relative.")
        hours = ("Normal work is {h} hour in one day, worker have {nr} hour "
                 "continue rest in night time and she is not wake up for "
                 "work in the night except real emergency.")
        food = ("Employeer give free food three time daily and a private "
                "room with bed, fan and lock on the door.")
    elif sec == 'hospitality':
        job = ("Worker is employ as {job} in the hotel of employeer at "
               "{city}, {country}, she work only in housekeeping "
               "department and not in other hotel.")
        hours = ("Normal working time is {h} hour per day and {hw} hour per "
                 "week, overtime is pay as the labour law of {country}.")
        food = ("Company give free staff accomodation, two person in one "
                "room, and three meal in staff canteen during duty day.")
    else:
        job = ("Worker is employ as {job} by the company at {site}, "
               "{country}. Work is on company site only and worker is not "
               "supply to other company.")
        hours = ("Normal working time is {h} hour per day and {hw} hour per "
                 "week, overtime is pay as the labour law of {country}.")
        food = ("Company give free accomodation in worker camp, not more "
                "than six person in one room, with kitchen and bathroom, "
                "and food allowance {food} monthly.")
    base = [
        ('job', 'POSITION AND WORK PLACE', [('', job)]),
        ('period', 'PERIOD OF CONTRACT', [('', pick(rng,
            "Contract is for {dur} month start from the date worker arrive "
            "in {country}. It can renew only when both side agree and sign "
            "new paper.",
            "This agreement is valid {dur} month from the arrive date of "
            "worker, after finish it can extend if both agree by "
            "writing."))]),
        ('docs', 'DOCUMENT', [('', "Employeer apply the work visa, residence "
            "permit and work permit of worker and renew them on time before "
            "expire.")]),
        ('wage', 'SALERY', [
            ('wage', "Monthly basic salery is {wage} ({wage_words}), "
             "employeer pay it every month not later than {payday} day of "
             "next month, by bank transfer or by cash against signature of "
             "worker."),
            ('', "Employeer give payslip every month, it show salery, "
             "overtime and any deduction allow by law.")]),
        ('hours', 'WORKING HOUR', [('hours', hours)]),
        ('rest', 'DAY OFF AND HOLIDAY', [
            ('rest', "Every week worker get one FULL day off of 24 hour on "
             "{restday}."),
            ('', "Public holiday of {country} is also holiday, and after one "
             "year worker get {leave} day annual leave with salery.")]),
        ('food', 'FOOD AND ACCOMODATION', [('', food)]),
        ('medical', 'MEDICAL', [('', "Employeer pay all medical treatment "
            "and medicine when worker is sick or have accident, also health "
            "insurance as the law of {country}.")]),
        ('return', 'AIR TICKET', [
            ('return', "Employeer pay air ticket {origin_city} - "
             "{airport} for coming, and also the ticket back to {origin_city} when contract "
             "finish, or when contract finish early and it is not worker "
             "fault."),
            ('return', "If worker die during contract, employeer send the "
             "body home on his own cost.")]),
        ('termination', 'TERMINATION OF CONTRACT', [('', pick(rng,
            "Employeer can terminate worker only for serious fault and only "
            "after one written warning, he must pay all salery due until "
            "last day of work.",
            "Contract can be terminate by employeer for serious misconduct "
            "only, after written warning, and all salery until the last "
            "working day is pay."))]),
        ('complaint', 'COMPLAIN', [
            ('complaint', "If any problem with employeer or with agency, "
             "worker can contact {authority} or {embassy}."),
            ('complaint', "Agency office in {country}: {agency_local}.")]),
        ('other', 'OTHER CONDITION', [
            ('', "Worker must respect the law and custom of {country}."),
            ('', pick(rng, "Any change of this agreement is valid only when "
                      "it is write and sign by both side.",
                      "Nobody can change this agreement except by new "
                      "paper sign by both side."))]),
    ]
    base = [(k, t, [(g, fill(x, P)) for g, x in ps]) for k, t, ps in base]
    for k, t, ps in base:
        for extra in spec.get('extra', {}).get(k, ()):
            ps.append(('', fill(extra, P)))
    if 'complaint' in spec.get('missing', ()):
        base = [b for b in base if b[0] != 'complaint']
    secs = build_sections(spec, P, rng, base, inserts)
    style = P['numbering']
    for n, s in enumerate(secs, 1):
        head = ('%d) %s' % (n, s['title']) if style == 'paren'
                else 'ARTICLE-%d: %s' % (n, s['title']))
        d.line(head)
        if len(s['items']) == 1:
            d.para(s['items'][0]['text'])
        else:
            for j, it in enumerate(s['items']):
                d.para(it['text'], first='%s) ' % 'abcdefgh'[j], rest='   ')
        d.line()
    d.para(fill("Signed at {sign_city2} on {date2}.", P))
    d.line()
    d.line('EMPLOYEER: ____________________    WORKER: ____________________')
    d.line()
    d.line('FOR AGENCY: ___________________    WITNESS: ___________________')
    return d.lines


# =====================================================================
# Register 4: consequences, conditions, "entitled" / "authorised"
# =====================================================================

def frame_cond(spec, P, rng, inserts, version=None):
    d = Doc(P['width'], P['hyphx'])
    sec = spec['sector']
    dom = sec in ('domestic', 'care')
    d.line('CONTRACT OF EMPLOYMENT')
    d.line(fill(pick(rng, 'for a {job} in {country}',
                     '({job}, {country})'), P))
    if version:
        d.line(version[0])
    d.line()
    d.para(fill("This contract is made on {date} between:", P))
    d.para(fill('(1) {employer}, {address} ("{E_role}"); and', P),
           rest='    ')
    d.para(fill('(2) {worker}, {adj} national, passport no. {pp} '
                '("{W_role}"),', P), rest='    ')
    d.para(fill('recruited through {agency}, {agency_city} ("the Agency").',
                P))
    d.line()
    if dom:
        place = ("{W0} works as {job} in the household of {E} at {city} and "
                 "is not required to work at any other address.")
        hours = ("Normal working time is {h} hours a day, between {start} "
                 "and {end}, with breaks for meals.")
        accom = ("{E0} provides free meals and a furnished room of {her} "
                 "own that {she} can lock.")
    else:
        place = ("{W0} is employed as {job} at {site} and is not placed "
                 "with any other employer.")
        hours = "Normal working time is {h} hours a day and {hw} hours a week."
        accom = ("{E0} provides free accommodation with no more than six "
                 "people to a room, and a food allowance of {food} a month.")
    base = [
        ('job', 'Employment', [('', place), ('', pick(rng,
            "This contract runs for {dur} months from the day {W} arrives "
            "in {country}.",
            "The term is {dur} months, counted from {her} arrival in "
            "{country}."))]),
        ('docs', 'Permits', [('', "{E0} applies for the residence and work "
            "permits of {W} and renews them before they expire.")]),
        ('wage', 'Wages', [
            ('wage', "{E0} pays {W} a basic wage of {wage} a month, by the "
             "{payday} day of the following month."),
            ('', "Should the due date fall on a public holiday, payment is "
             "made on the last working day before it, with a pay slip that "
             "lists each lawful deduction.")]),
        ('hours', 'Working time', [
            ('hours', hours),
            ('', "In case of work on a public holiday, {W} is paid double "
             "the daily rate for that day.")]),
        ('rest', 'Rest and leave', [
            ('rest', "{W0} is entitled to one rest day of twenty-four "
             "consecutive hours every week, normally on {restday}."),
            ('', "After twelve months of service {W} is entitled to {leave} "
             "days of paid annual leave.")]),
        ('medical', 'Accommodation and medical care', [('', accom), ('',
            "Should {W} fall ill or be injured, {E} bears the cost of "
            "treatment and pays sick leave as the law of {country} "
            "provides.")]),
        ('return', 'Travel', [
            ('return', "{E0} bears the cost of the air travel of {W} from "
             "{origin_city} to {airport} and, at the end of the term or on "
             "termination by {E}, back to {origin_city}."),
            ('return', "In case of the death of {W}, {E} repatriates the "
             "remains at its own cost.")]),
        ('termination', 'Ending the contract', [('', pick(rng,
            "In case of serious misconduct, {E} is entitled to end the "
            "contract only after a written warning and a hearing, and pays "
            "the wages earned up to the final day.",
            "Should {E} end the contract for serious misconduct, it first "
            "gives a written warning and hears {W}, and pays all wages "
            "earned up to the final day."))]),
        ('complaint', 'Grievances', [('complaint', pick(rng,
            "In case of a grievance, {W} may contact {authority} or "
            "{embassy}.",
            "Should {W} have a grievance, {she} may take it to {authority} "
            "or to {embassy}."))]),
        ('other', 'General', [('', "Failing agreement on a matter not "
            "covered here, the labour law of {country} applies.")]),
    ]
    base = [(k, t, [(g, fill(x, P)) for g, x in ps]) for k, t, ps in base]
    for k, t, ps in base:
        for extra in spec.get('extra', {}).get(k, ()):
            ps.append(('', fill(extra, P)))
    if 'complaint' in spec.get('missing', ()):
        base = [b for b in base if b[0] != 'complaint']
    secs = build_sections(spec, P, rng, base, inserts)
    style = P['numbering']
    for n, s in enumerate(secs, 1):
        if style == 'clause':
            d.line('Clause %d - %s' % (n, s['title'].upper()))
        else:
            d.line('ARTICLE %d (%s)' % (n, s['title']))
        for j, it in enumerate(s['items'], 1):
            pre = '%d.%d ' % (n, j)
            if it['text'].startswith(PAIRMARK):
                d.line(pre + it['text'])
            else:
                d.para(it['text'], first=pre, rest=' ' * len(pre))
        d.line()
    d.para(fill("Signed in duplicate at {sign_city2} on {date2}.", P))
    d.line()
    d.line(fill('For {E_role_bare}: ______________________', P))
    d.line(fill('{W_role_bare}: ______________________', P))
    d.line('Witness for the Agency: ______________________')
    return d.lines


# =====================================================================
# Register 3: bilingual, English then Indonesian paragraph
# =====================================================================

def frame_bilingual(spec, P, rng, inserts, version=None):
    d = Doc(P['width'], P['hyphx'])
    dom = spec['sector'] in ('domestic', 'care')
    d.line('EMPLOYMENT CONTRACT / PERJANJIAN KERJA')
    d.line(fill('{job_first} - {country_bare} / {job_id_first} - {country_id}', P))
    d.line()
    d.para(fill("This contract is made on {date} between {employer}, "
                "{address} ({E_role}), and {worker}, passport no. {pp} "
                "({W_role}), through {agency}.", P))
    d.line()
    d.para(fill("Perjanjian ini dibuat pada {date_id} antara {employer}, "
                "{address} ({E_role_id}), dan {worker}, paspor nomor {pp} "
                "({W_role_id}), melalui {agency}.", P))
    d.line()
    if dom:
        job = ("{E0} employs {W} as {job} in the household at {city}; "
               "{she} works at that address only.",
               "{E0_id} mempekerjakan {W_id} sebagai {job_id} di rumah "
               "tangga di {city}; ia hanya bekerja di alamat tersebut.")
        hours = ("Normal working hours are {h} a day, between {start} and "
                 "{end}, with breaks for meals.",
                 "Jam kerja normal adalah {h} jam sehari, antara pukul "
                 "{start_id} dan {end_id}, dengan waktu istirahat untuk "
                 "makan.")
        accom = ("{E0} provides free meals and a room of {her} own that "
                 "{she} can lock.",
                 "{E0_id} menyediakan makan gratis dan kamar sendiri yang "
                 "dapat dikunci oleh {W_id}.")
    else:
        job = ("{E0} employs {W} as {job} at {site}; {she} is not placed "
               "with any other company.",
               "{E0_id} mempekerjakan {W_id} sebagai {job_id} di {site_id}; ia "
               "tidak ditempatkan di perusahaan lain.")
        hours = ("Normal working hours are {h} a day and {hw} a week; "
                 "overtime is paid as the law of {country} provides.",
                 "Jam kerja normal adalah {h} jam sehari dan {hw} jam "
                 "seminggu; lembur dibayar sesuai hukum {country_id}.")
        accom = ("{E0} provides free housing in the workers' hostel, with "
                 "no more than six people to a room.",
                 "{E0_id} menyediakan tempat tinggal gratis di asrama "
                 "pekerja, paling banyak enam orang dalam satu kamar.")
    base = [
        ('job', 'EMPLOYMENT / PEKERJAAN', [('', job), ('', (
            "This contract runs for {dur} months from the day {W} arrives "
            "in {country}.",
            "Perjanjian ini berlaku selama {dur} bulan sejak hari {W_id} "
            "tiba di {country_id}."))]),
        ('wage', 'WAGES / UPAH', [
            ('wage', ("{E0} pays {W} a monthly wage of {wage} no later than "
                      "the {payday} day of the following month.",
                      "{E0_id} membayar {W_id} upah bulanan sebesar "
                      "{wage_id} paling lambat tanggal {payday_n} bulan "
                      "berikutnya.")),
            ('', ("Each payment comes with a pay slip showing the wage and "
                  "any lawful deduction.",
                  "Setiap pembayaran disertai slip gaji yang memuat upah dan "
                  "setiap potongan yang sah."))]),
        ('hours', 'WORKING HOURS / JAM KERJA', [('hours', hours)]),
        ('rest', 'REST / ISTIRAHAT', [
            ('rest', ("{W0} has one rest day of 24 hours every week, on "
                      "{restday}, and the statutory holidays of {country}.",
                      "{W0_id} mendapat satu hari libur selama 24 jam setiap "
                      "minggu, pada hari {restday_id}, serta hari libur resmi "
                      "{country_id}.")),
            ('', ("After one year {W} has {leave} days of paid annual "
                  "leave.",
                  "Setelah satu tahun {W_id} berhak atas cuti tahunan "
                  "berbayar selama {leave} hari."))]),
        ('medical', 'HOUSING AND HEALTH / TEMPAT TINGGAL DAN KESEHATAN', [
            ('', accom),
            ('', ("{E0} pays for treatment when {W} is ill or injured, and "
                  "for the insurance the law requires.",
                  "{E0_id} membiayai pengobatan bila {W_id} sakit atau "
                  "cedera, serta asuransi yang diwajibkan hukum."))]),
        ('return', 'TRAVEL / PERJALANAN', [
            ('return', ("{E0} pays the air fare from {origin_city} to {airport} "
                        "and back to {origin_city} when the contract ends.",
                        "{E0_id} membayar tiket pesawat dari {origin_city} "
                        "ke {airport} dan kembali ke {origin_city} pada akhir "
                        "perjanjian."))]),
        ('termination', 'ENDING THE CONTRACT / PENGAKHIRAN', [('', (
            "{E0} may end the contract early only for a lawful reason, and "
            "pays all wages earned up to the final day.",
            "{E0_id} hanya dapat mengakhiri perjanjian lebih awal karena "
            "alasan yang sah, dan membayar seluruh upah sampai hari "
            "terakhir."))]),
        ('complaint', 'COMPLAINTS / PENGADUAN', [('complaint', (
            "Any grievance may be raised with {authority} or with "
            "{embassy}.",
            "Setiap keluhan dapat disampaikan kepada {authority_id} atau "
            "kepada {embassy_id}."))]),
        ('other', 'OTHER TERMS / KETENTUAN LAIN', [('', P['lang_note'])]),
    ]
    base = [(k, t, [(g, tuple(fill(x, P) for x in pr)) for g, pr in ps])
            for k, t, ps in base]
    for k, t, ps in base:
        for extra in spec.get('extra', {}).get(k, ()):
            ps.append(('', tuple(fill(x, P) for x in extra)))
    if 'complaint' in spec.get('missing', ()):
        base = [b for b in base if b[0] != 'complaint']
    if 'hours' in spec.get('missing', ()):
        base = [(k, 'DUTIES / TUGAS' if k == 'hours' else t, ps)
                for k, t, ps in base]
    secs = build_sections(spec, P, rng, base, inserts)
    for n, s in enumerate(secs, 1):
        d.line('%d. %s' % (n, s['title']))
        d.line()
        for j, it in enumerate(s['items'], 1):
            pre = '%d.%d  ' % (n, j)
            en, idn = it['text']
            d.para(en, first=pre, rest=' ' * len(pre))
            d.line()
            d.para(idn, first=' ' * len(pre))
            d.line()
    d.para(fill("Signed at / Ditandatangani di {sign_city}, {date}.", P))
    d.line()
    d.line(fill('{E_role_bare} / {E_role_id}: ____________________', P))
    d.line(fill('{W_role_bare} / {W_role_id}: ____________________', P))
    return d.lines


# =====================================================================
# Register 5: tables of obligations and checklists
# =====================================================================

def frame_tables(spec, P, rng, inserts, version=None):
    d = Doc(P['width'], P['hyphx'])
    miss = set(spec.get('missing', ()))
    dom = spec['sector'] in ('domestic', 'care')
    d.line(fill('EMPLOYMENT CONTRACT - {job_cap}', P))
    d.line(fill('Contract no. {ref}', P))
    if version:
        d.line(version[0])
    d.line()
    d.para(fill("This contract is made on {date} between {employer}, "
                "{address} ({E_role}), and {worker}, {adj}, passport no. "
                "{pp} ({W_role}), recruited through {agency}, "
                "{agency_city}.", P))
    d.line()
    clauses = [
        ('POSITION AND TERM', [fill(pick(rng,
            "{W0} is employed as {job} at {site} for {dur} months from "
            "{her} arrival in {country}.",
            "{W0} works as {job} at {site}. The term is {dur} months from "
            "{her} arrival in {country}."), P)]),
        ('COSTS', [fill("Who pays each cost of recruitment, travel and "
                        "permits, and how, is set out in Schedule A.", P)]),
        ('DOCUMENTS', [fill("Schedule B shows who keeps each document of "
                            "{W}.", P)]),
        ('ATTENDANCE' if 'hours' in miss else 'WORKING TIME',
         [fill("Schedule C sets out the working week.", P)]),
        ('PAYMENT ARRANGEMENTS' if 'wage' in miss else 'PAY',
         [fill("Schedule D sets out pay and allowances.", P)]),
        ('HOUSING AND HEALTH', [fill(
            "{E0} provides free meals and a private room that {W} can lock."
            if dom else
            "{E0} provides free housing with no more than six people to a "
            "room, and pays for medical treatment and insurance.", P)]),
    ]
    if 'complaint' not in miss:
        clauses.append(('COMPLAINTS', [fill(
            "{W0} may raise any grievance with {authority} or {embassy}.",
            P)]))
    clauses.append(('CHECKLIST', [fill(
        "The checklist at the end was gone through with {W} at the "
        "pre-departure briefing; a box marked [x] is confirmed, an empty "
        "box [ ] does not apply.", P)]))
    for k in spec.get('extra', {}).get('clauses', ()):
        clauses.insert(-1, (k[0], [fill(k[1], P)]))
    for n, (title, paras) in enumerate(clauses, 1):
        d.line('%d. %s' % (n, title))
        for j, p in enumerate(paras, 1):
            pre = '%d.%d ' % (n, j)
            d.para(p, first=pre, rest=' ' * len(pre))
        d.line()
    d.line(fill('Signed at {sign_city2} on {date2}.', P))
    d.line()
    d.line(fill('{E_role_bare}: ____________________   '
                '{W_role_bare}: ____________________', P))
    d.line()

    # tables
    tabs = spec['tables']

    def rows_of(name):
        rows = []
        for r in tabs.get(name, ()):
            tag = r[0]
            if tag in miss:
                continue
            if isinstance(r[1], dict):
                rows.append({'cells': tuple(fill(c, P) for c in r[1]['cells']),
                             'alt': tuple(fill(c, P) for c in r[1]['alt'])})
            else:
                rows.append(tuple(fill(c, P) for c in r[1]))
        return rows

    ins = {}
    for it in inserts:
        ins.setdefault(it['slot'], []).append(it)

    def merge(name, rows):
        for it in ins.get(name, ()):
            pos = rng.randint(0, len(rows))
            rows.insert(pos, it['text'])
        return rows

    heads = {
        'costs': ('SCHEDULE A - WHO PAYS WHAT', ('Item', 'Who pays', 'How')),
        'docs': ('SCHEDULE B - DOCUMENTS', ('Document', 'Kept by',
                                           'Remarks')),
        'time': ('SCHEDULE C - %s' % ('ATTENDANCE' if 'hours' in miss
                                      else 'WORKING WEEK'),
                 ('Day(s)', 'Time', 'Remarks')),
        'pay': ('SCHEDULE D - %s' % ('PAYMENT ARRANGEMENTS' if 'wage' in miss
                                     else 'PAY'),
                ('Item', 'Amount', 'How paid')),
    }
    for name in ('costs', 'docs', 'time', 'pay'):
        rows = merge(name, rows_of(name))
        title, header = heads[name]
        d.line(title)
        d.line()
        for l in table(header, rows):
            d.line(l)
        d.line()
    d.line(fill("WORKER'S CHECKLIST (pre-departure briefing, {brief_date})",
                P))
    d.line()
    items = [fill(c, P) for c in spec['checklist']]
    for it in ins.get('check', ()):
        pos = rng.randint(0, len(items))
        items.insert(pos, it['text'])
    for it in items:
        if isinstance(it, tuple):
            d.para(it[0], first='[ ] ', rest='    ')
            d.para(it[1], first='[x] ', rest='    ')
        elif it.startswith('[ ]'):
            d.para(it[4:], first='[ ] ', rest='    ')
        else:
            d.para(it, first='[x] ', rest='    ')
    d.line()
    d.line(fill("{W_role_bare}'s signature: ____________________", P))
    return d.lines


# =====================================================================
# Register 2: messages and e-mails pasted into an annex
# =====================================================================

def render_messages(d, spec, P, rng, texts):
    """texts: dict token -> text for {A0}, {A1}, {L0}, ..."""
    for m in spec['messages']:
        if m['kind'] == 'email':
            d.line('-' * min(P['width'], 64))
            d.line('From:    ' + m['from'])
            d.line('To:      ' + m['to'])
            d.line('Date:    ' + m['date'])
            d.line('Subject: ' + m['subject'])
            d.line('-' * min(P['width'], 64))
            for p in m['body']:
                if p == '':
                    d.line()
                    continue
                d.para(fill_tokens(p, P, texts), width=P['mwidth'])
            d.line()
        elif m['kind'] == 'chat':
            if m.get('title'):
                d.line(m['title'])
                d.line()
            for stamp, who, text in m['lines']:
                d.para(fill_tokens(text, P, texts), first='[%s] %s: ' %
                       (stamp, who), rest='', width=P['mwidth'],
                       hyph=False)
            d.line()


def fill_tokens(p, P, texts):
    out = fill(p, dict(P, **texts))
    return out


def frame_thread(spec, P, rng, inserts, version=None):
    d = Doc(P['width'], P['hyphx'])
    miss = set(spec.get('missing', ()))
    dom = spec['sector'] in ('domestic', 'care')
    d.line('EMPLOYMENT CONTRACT')
    d.line(fill('{job_cap} - {country_bare}', P))
    d.line()
    if dom:
        hours = ("{W0} works {h} hours a day, between {start} and {end}, "
                 "with breaks for meals.")
    else:
        hours = "Normal hours are {h} a day and {hw} a week."
    secs = [
        ('PARTIES AND POSITION', [
            ('', "This contract is made on {date} between {employer}, "
             "{address} ({E_role}), and {worker}, passport no. {pp} "
             "({W_role}), through {agency}, {agency_city}."),
            ('', "{W0} is employed as {job} at {site}.")]),
        ('TERM', [('', "The contract runs for {dur} months from the arrival "
                   "of {W} in {country}.")]),
        ('WAGES', [('wage', "{E0} pays {W} {wage} a month, on or before the "
                    "{payday} day of the following month, with an itemised "
                    "pay slip.")]),
        ('WORKING TIME' if 'rest' in miss else 'HOURS AND REST DAYS', [
            ('hours', hours),
            ('rest', "{W0} has one rest day of 24 hours every week, on "
             "{restday}, and the public holidays of {country}.")]),
        ('HOUSING, FOOD AND MEDICAL CARE', [('', pick(rng,
            "{E0} provides housing, food or a food allowance, and free "
            "medical treatment.",
            "Housing, meals and medical treatment are free for {W}."))]),
        ('TRAVEL', [('return', "{E0} pays the air fare of {W} from "
                     "{origin_city} to {airport}, and back to {origin_city} "
                     "when the contract ends or if {E} terminates it "
                     "earlier.")]),
        ('COMPLAINTS', [('complaint', "{W0} may raise a grievance with "
                         "{authority} or {embassy}.")]),
        ('ANNEXES', [('', "Annex 1 (duties) and Annex 2 (terms agreed by "
                      "e-mail and messages) form part of this contract.")]),
    ]
    for k in spec.get('extra', {}).get('body', ()):
        secs.insert(-1, (k[0], [('', k[1])]))
    n = 0
    for title, paras in secs:
        paras = [(g, x) for g, x in paras if g not in miss]
        if not paras:
            continue
        n += 1
        d.line('%d. %s' % (n, title))
        for j, (g, x) in enumerate(paras, 1):
            pre = '%d.%d ' % (n, j)
            d.para(fill(x, P), first=pre, rest=' ' * len(pre))
        d.line()
    d.line(fill('Signed at {sign_city} on {date}.', P))
    d.line(fill('{E_role_bare}: __________________   '
                '{W_role_bare}: __________________', P))
    d.line()
    d.line('ANNEX 2 - TERMS AGREED BY E-MAIL AND MESSAGES')
    d.para(fill(spec['annex_note'], P))
    d.line()
    texts = {}
    for it in inserts:
        texts[it['slot']] = it['text']
    render_messages(d, spec, P, rng, texts)
    return d.lines


# =====================================================================
# Indonesian contracts: conditional voice, message annex, tables
# =====================================================================

def id_body(spec, P, rng):
    dom = spec['sector'] in ('domestic', 'care')
    miss = set(spec.get('missing', ()))
    if dom:
        hours = ("Jam kerja normal paling lama {h} jam sehari, antara pukul "
                 "{start_id} dan {end_id}, dengan waktu istirahat makan.")
        accom = ("{E0_id} menyediakan makan tiga kali sehari dan kamar "
                 "sendiri yang dapat dikunci.")
    else:
        hours = "Jam kerja normal adalah {h} jam sehari dan {hw} jam seminggu."
        accom = ("{E0_id} menyediakan asrama gratis, paling banyak enam orang "
                 "dalam satu kamar, dan tunjangan makan {food_id} sebulan.")
    base = [
        ('job', 'PEKERJAAN', [
            ('', "{W0_id} dipekerjakan sebagai {job_id} di {site_id}."),
            ('', "Perjanjian berlaku selama {dur} bulan terhitung sejak "
             "{W_id} tiba di {country_id}.")]),
        ('wage', 'GAJI', [
            ('wage', "{E0_id} membayar gaji {W_id} sebesar {wage_id} setiap "
             "bulan, paling lambat tanggal {payday_n} bulan berikutnya."),
            ('', "Apabila tanggal pembayaran jatuh pada hari libur, gaji "
             "dibayar pada hari kerja sebelumnya dan disertai slip gaji.")]),
        ('hours', 'WAKTU KERJA', [('hours', hours)]),
        ('rest', 'HARI LIBUR DAN CUTI', [
            ('rest', "{W0_id} berhak atas 1 (satu) hari libur penuh selama 24 "
             "jam setiap minggu, yaitu hari {restday_id}."),
            ('', "Setelah bekerja dua belas bulan, {W_id} berhak atas cuti "
             "tahunan {leave} hari dengan upah penuh.")]),
        ('medical', 'TEMPAT TINGGAL DAN KESEHATAN', [('', accom), ('',
            "Apabila {W_id} sakit atau mengalami kecelakaan kerja, biaya "
            "pengobatan ditanggung {E_id}.")]),
        ('return', 'PERJALANAN', [('return',
            "{E0_id} menanggung tiket pesawat dari {origin_city} ke {airport} "
            "dan tiket pulang ke {origin_city} pada akhir perjanjian atau "
            "bila {E_id} mengakhirinya lebih awal.")]),
        ('termination', 'PENGAKHIRAN', [('',
            "Dalam hal {W_id} melakukan pelanggaran berat, {E_id} berhak "
            "mengakhiri perjanjian setelah memberi peringatan tertulis, dan "
            "tetap membayar upah sampai hari terakhir bekerja.")]),
        ('complaint', 'PENGADUAN', [('complaint',
            "Apabila ada masalah, {W_id} dapat mengadu kepada {authority_id} "
            "atau {embassy_id}.")]),
        ('other', 'PENUTUP', [('',
            "Perubahan perjanjian ini hanya sah bila dibuat tertulis dan "
            "ditandatangani kedua pihak.")]),
    ]
    base = [(k, t, [(g, fill(x, P)) for g, x in ps]) for k, t, ps in base]
    for k, t, ps in base:
        for extra in spec.get('extra', {}).get(k, ()):
            ps.append(('', fill(extra, P)))
    if 'complaint' in miss:
        base = [b for b in base if b[0] != 'complaint']
    if 'hours' in miss:
        base = [(k, 'KEHADIRAN' if k == 'hours' else t, ps)
                for k, t, ps in base]
    return base


def id_head(d, spec, P, version):
    d.line('PERJANJIAN KERJA')
    d.line(fill('{job_id_cap} - {country_id}', P))
    if version:
        d.line(version[0])
    d.line()
    d.para(fill("Perjanjian ini dibuat pada {date_id} antara {employer}, "
                "{address} (selanjutnya disebut {E_id}), dan {worker}, "
                "pemegang paspor nomor {pp} (selanjutnya disebut {W_id}), "
                "melalui {agency}, {agency_city}.", P))
    d.line()


def id_render_pasal(d, secs):
    for n, s in enumerate(secs, 1):
        d.line('Pasal %d' % n)
        d.line(s['title'])
        for j, it in enumerate(s['items'], 1):
            pre = '(%d) ' % j
            if it['text'].startswith(PAIRMARK):
                d.line(pre + it['text'])
            else:
                d.para(it['text'], first=pre, rest=' ' * len(pre))
        d.line()


def id_sign(d, P, date):
    d.para(fill("Ditandatangani di {sign_city2} pada %s." % date, P))
    d.line()
    d.line(fill('{E_role_id}: ____________________   '
                '{W_role_id}: ____________________', P))


def frame_id_cond(spec, P, rng, inserts, version=None):
    d = Doc(P['width'], P['hyphx'])
    id_head(d, spec, P, version)
    secs = build_sections(spec, P, rng, id_body(spec, P, rng), inserts)
    id_render_pasal(d, secs)
    id_sign(d, P, P['date2_id'])
    return d.lines


def frame_id_thread(spec, P, rng, inserts, version=None):
    d = Doc(P['width'], P['hyphx'])
    id_head(d, spec, P, version)
    secs = build_sections(spec, P, rng, id_body(spec, P, rng), [])
    id_render_pasal(d, secs)
    id_sign(d, P, P['date_id'])
    d.line()
    d.line('LAMPIRAN 2 - KESEPAKATAN MELALUI PESAN')
    d.para(fill(spec['annex_note'], P))
    d.line()
    texts = {}
    for it in inserts:
        texts[it['slot']] = it['text']
    render_messages(d, spec, P, rng, texts)
    return d.lines


def frame_id_tables(spec, P, rng, inserts, version=None):
    d = Doc(P['width'], P['hyphx'])
    miss = set(spec.get('missing', ()))
    id_head(d, spec, P, version)
    body = id_body(spec, P, rng)
    # the tables carry hours, rest and costs; keep the other pasal
    body = [b for b in body if b[0] not in ('hours', 'rest', 'return')]
    wk = 'kehadiran' if 'hours' in miss else 'waktu kerja'
    body.insert(2, ('tab', 'BIAYA, DOKUMEN DAN %s' % wk.upper(), [('', fill(
        "Siapa yang membayar setiap biaya, siapa yang memegang setiap "
        "dokumen dan pengaturan %s tercantum dalam tabel di bawah "
        "ini." % wk, P))]))
    secs = build_sections(spec, P, rng, body, [])
    id_render_pasal(d, secs)
    id_sign(d, P, P['date_id'])
    d.line()
    tabs = spec['tables']
    ins = {}
    for it in inserts:
        ins.setdefault(it['slot'], []).append(it)
    heads = {
        'costs': ('TABEL A - RINCIAN BIAYA', ('Biaya', 'Dibayar oleh',
                                             'Keterangan')),
        'docs': ('TABEL B - DOKUMEN', ('Dokumen', 'Dipegang oleh',
                                       'Keterangan')),
        'time': ('TABEL C - %s' % ('KEHADIRAN' if 'hours' in miss
                                   else 'WAKTU KERJA'),
                 ('Hari', 'Waktu', 'Keterangan')),
    }
    for name in ('costs', 'docs', 'time'):
        rows = [tuple(fill(c, P) for c in r[1]) for r in tabs[name]
                if r[0] not in miss]
        title, header = heads[name]
        d.line(title)
        d.line()
        for l in table(header, rows):
            d.line(l)
        d.line()
    d.line(fill('DAFTAR PERIKSA PEKERJA (pembekalan akhir, {brief_date_id})',
                P))
    d.line()
    items = [fill(c, P) for c in spec['checklist']]
    for it in ins.get('check', ()):
        pos = rng.randint(0, len(items))
        items.insert(pos, it['text'])
    for it in items:
        if it.startswith('[ ]'):
            d.para(it[4:], first='[ ] ', rest='    ')
        else:
            d.para(it, first='[x] ', rest='    ')
    d.line()
    d.line(fill('Tanda tangan {W_role_id}: ____________________', P))
    return d.lines


FRAMES = {
    'B': frame_broken, 'C': frame_cond, 'L': frame_bilingual,
    'K': frame_tables, 'T': frame_thread,
    'idC': frame_id_cond, 'idT': frame_id_thread, 'idK': frame_id_tables,
}
