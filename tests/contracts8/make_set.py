#!/usr/bin/env python3
"""Generate batch 8 (M-001..M-070) of the blind contract evaluation set.

Python 3 standard library only, fixed seed, deterministic.
Usage: python3 make_set.py [outdir]      (default: this folder)
       M8_DEBUG=1 python3 make_set.py /tmp/x   also writes debug/markers.txt

Every abusive clause carries a private-use marker (U+E000 + n) through
filling, capitalisation, wrapping and footers; its label line is the line
where the marker ends up; markers are removed before writing.
"""
import csv, io, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variants import ABUSE, LOOK, CTR010_BAD

SEED = 20261130
TYPES = ['CTR-%03d' % i for i in range(1, 10)]
MK0 = 0xE000

# ---------------------------------------------------------------- data
DEST = {
 'SA': dict(name='Saudi Arabia', city='Riyadh', code='SAR', fm=['SAR {a}', 'SR {a}', '{a} Saudi riyals'],
            office='the Ministry of Human Resources and Social Development', hot='19911', gulf=True, dec=0),
 'AE': dict(name='the United Arab Emirates', city='Dubai', code='AED', fm=['AED {a}', 'Dh {a}', '{a} UAE dirhams'],
            office='the Ministry of Human Resources and Emiratisation', hot='80060', gulf=True, dec=0),
 'QA': dict(name='Qatar', city='Doha', code='QAR', fm=['QAR {a}', 'QR {a}', '{a} Qatari riyals'],
            office='the Ministry of Labour', hot='16008', gulf=True, dec=0),
 'KW': dict(name='Kuwait', city='Kuwait City', code='KWD', fm=['KWD {a}', 'KD {a}'],
            office='the Domestic Labour Department of the Public Authority for Manpower', hot='128', gulf=True, dec=3),
 'OM': dict(name='the Sultanate of Oman', city='Muscat', code='OMR', fm=['OMR {a}', 'RO {a}'],
            office='the Ministry of Labour', hot='80077000', gulf=True, dec=3),
 'BH': dict(name='the Kingdom of Bahrain', city='Manama', code='BHD', fm=['BHD {a}', 'BD {a}'],
            office='the Labour Market Regulatory Authority', hot='17506055', gulf=True, dec=3),
 'MY': dict(name='Malaysia', city='Kuala Lumpur', code='MYR', fm=['RM{a}', 'RM {a}', 'MYR {a}'],
            office='the Labour Department (Jabatan Tenaga Kerja)', hot='03-8886 5000', gulf=False, dec=0),
 'SG': dict(name='Singapore', city='Singapore', code='SGD', fm=['S${a}', 'SGD {a}'],
            office='the Ministry of Manpower', hot='6438 5122', gulf=False, dec=0),
 'HK': dict(name='Hong Kong', city='Hong Kong', code='HKD', fm=['HK${a}', 'HKD {a}'],
            office='the Labour Department', hot='2717 1771', gulf=False, dec=0),
 'TW': dict(name='Taiwan', city='Taipei', code='TWD', fm=['NT${a}', 'NTD {a}'],
            office='the 1955 Labour Consultation and Complaint Hotline', hot='1955', gulf=False, dec=0),
 'JO': dict(name='Jordan', city='Amman', code='JOD', fm=['JOD {a}', 'JD {a}'],
            office='the Ministry of Labour', hot='06-5802666', gulf=False, dec=0),
 'LB': dict(name='Lebanon', city='Beirut', code='USD', fm=['USD {a}', 'US$ {a}'],
            office='the Ministry of Labour', hot='1740', gulf=False, dec=0),
}
WAGES = {('SA', 'domestic'): 1500, ('SA', 'construction'): 1400, ('SA', 'hospitality'): 1800,
         ('AE', 'domestic'): 1300, ('AE', 'construction'): 1200, ('AE', 'hospitality'): 1600,
         ('QA', 'domestic'): 1400, ('QA', 'construction'): 1300, ('QA', 'hospitality'): 1500,
         ('KW', 'domestic'): 120, ('OM', 'domestic'): 140, ('OM', 'construction'): 160,
         ('BH', 'domestic'): 150, ('BH', 'hospitality'): 200,
         ('MY', 'domestic'): 1700, ('MY', 'plantation'): 1700, ('MY', 'factory'): 1800, ('MY', 'construction'): 1900,
         ('SG', 'domestic'): 700, ('SG', 'construction'): 1100,
         ('HK', 'domestic'): 5100, ('HK', 'care'): 5200,
         ('TW', 'domestic'): 20000, ('TW', 'care'): 20000, ('TW', 'factory'): 28590,
         ('JO', 'factory'): 260, ('JO', 'domestic'): 250, ('LB', 'domestic'): 300}
STEP = {'SAR': 100, 'AED': 100, 'QAR': 100, 'KWD': 10, 'OMR': 10, 'BHD': 10, 'MYR': 100, 'SGD': 50,
        'HKD': 100, 'TWD': 0, 'JOD': 10, 'USD': 25}
ORIG = {
 'PH': dict(name='the Philippines', city='Manila', fee=('PHP {a}', 65000), lang='Filipino',
            emb='the Embassy of the Philippines', tw='the Manila Economic and Cultural Office'),
 'ID': dict(name='Indonesia', city='Jakarta', fee=('IDR {a}', 24000000), lang='Bahasa Indonesia',
            emb='the Embassy of Indonesia', tw='the Indonesian Economic and Trade Office'),
 'NP': dict(name='Nepal', city='Kathmandu', fee=('NPR {a}', 150000), lang='Nepali', emb='the Embassy of Nepal'),
 'BD': dict(name='Bangladesh', city='Dhaka', fee=('BDT {a}', 420000), lang='Bangla', emb='the Embassy of Bangladesh'),
 'LK': dict(name='Sri Lanka', city='Colombo', fee=('LKR {a}', 320000), lang='Sinhala', emb='the Embassy of Sri Lanka'),
 'IN': dict(name='India', city='Chennai', fee=('INR {a}', 95000), lang='Tamil', emb='the Embassy of India'),
 'KE': dict(name='Kenya', city='Nairobi', fee=('KES {a}', 110000), lang='Swahili', emb='the Embassy of Kenya'),
 'UG': dict(name='Uganda', city='Kampala', fee=('UGX {a}', 3800000), lang='Luganda', emb='the Embassy of Uganda'),
 'MM': dict(name='Myanmar', city='Yangon', fee=('MMK {a}', 2100000), lang='Burmese', emb='the Embassy of Myanmar'),
 'ET': dict(name='Ethiopia', city='Addis Ababa', fee=('ETB {a}', 48000), lang='Amharic', emb='the Embassy of Ethiopia'),
 'VN': dict(name='Viet Nam', city='Hanoi', fee=('VND {a}', 130000000), lang='Vietnamese',
            emb='the Embassy of Viet Nam', tw='the Vietnam Economic and Cultural Office'),
}
ORIGINS = {'SA': 'PH IN NP BD LK KE UG ET', 'AE': 'PH IN NP BD LK KE UG', 'QA': 'NP BD IN PH KE LK',
           'KW': 'PH IN LK ET', 'OM': 'IN BD LK PH', 'BH': 'PH IN KE NP', 'MY': 'NP BD MM IN ID',
           'SG': 'PH MM IN BD', 'HK': 'PH', 'TW': 'PH VN', 'JO': 'BD LK NP', 'LB': 'ET PH KE BD'}
SECTORS = {'SA': 'domestic construction hospitality', 'AE': 'domestic construction hospitality',
           'QA': 'construction hospitality domestic', 'KW': 'domestic', 'OM': 'domestic construction',
           'BH': 'domestic hospitality', 'MY': 'plantation factory construction domestic',
           'SG': 'domestic construction', 'HK': 'domestic care', 'TW': 'factory care domestic',
           'JO': 'factory domestic', 'LB': 'domestic'}
ID_DEST = {'TW': 'care domestic', 'HK': 'domestic', 'MY': 'plantation domestic', 'SG': 'domestic', 'SA': 'domestic'}
ID_EMB = {'TW': 'KDEI Taipei', 'HK': 'KJRI Hong Kong', 'MY': 'KBRI Kuala Lumpur', 'SG': 'KBRI Singapura',
          'SA': 'KBRI Riyadh'}
ID_DESTNAME = {'TW': 'Taiwan', 'HK': 'Hong Kong', 'MY': 'Malaysia', 'SG': 'Singapura', 'SA': 'Arab Saudi'}
ID_OFFICE = {'TW': 'Hotline 1955', 'HK': 'Labour Department Hong Kong', 'MY': 'Jabatan Tenaga Kerja',
             'SG': 'Ministry of Manpower', 'SA': 'Kementerian Sumber Daya Manusia'}

WNAMES = {
 'PH': (['Maricel Dizon', 'Jocelyn Bautista', 'Rowena Cabrera', 'Lorna Aquino', 'Gemma Villanueva'],
        ['Ramil Santos', 'Jerome dela Cruz', 'Arnel Pascual']),
 'ID': (['Siti Rohmah', 'Dwi Lestari', 'Nur Hidayah', 'Sri Wahyuni', 'Eka Susanti'],
        ['Agus Setiawan', 'Budi Santoso', 'Joko Prasetyo']),
 'NP': (['Sunita Tamang', 'Kamala Gurung', 'Bishnu Maya Rai'], ['Ram Bahadur Thapa', 'Dil Kumar Magar', 'Suman Shrestha']),
 'BD': (['Rahima Khatun', 'Shilpi Akter'], ['Mohammad Rafiqul Islam', 'Abdul Karim Mia', 'Shahidul Hasan']),
 'LK': (['Kumari Dissanayake', 'Nilmini Perera', 'Chandrika Silva'], ['Ruwan Jayasuriya', 'Nimal Fernando']),
 'IN': (['Lakshmi Murugan', 'Selvi Raman'], ['Rajesh Kumar', 'Senthil Murugan', 'Mohan Lal']),
 'KE': (['Faith Wanjiru', 'Mercy Achieng', 'Esther Nduta'], ['Brian Otieno', 'Kevin Mwangi']),
 'UG': (['Sarah Nakato', 'Grace Namubiru'], ['Joseph Okello', 'Isaac Mugisha']),
 'MM': (['Thida Aung', 'Khin Mar Win'], ['Kyaw Zin Oo', 'Aung Ko Latt', 'Min Thu']),
 'ET': (['Tigist Alemu', 'Meseret Tadesse', 'Hiwot Bekele'], ['Dawit Girma']),
 'VN': (['Nguyen Thi Hoa', 'Tran Thi Mai'], ['Le Van Duc', 'Pham Van Long']),
}
COMPANY = {
 ('SA', 'construction'): ['Al-Rawabi Contracting Co.'], ('SA', 'hospitality'): ['Najd Hospitality Group'],
 ('AE', 'construction'): ['Gulf Horizon Building Contracting LLC'], ('AE', 'hospitality'): ['Palm Crest Hotels LLC'],
 ('QA', 'construction'): ['Al Wakra Civil Works W.L.L.'], ('QA', 'hospitality'): ['Corniche Suites Hotel W.L.L.'],
 ('OM', 'construction'): ['Sohar Steel Fabrication LLC'], ('BH', 'hospitality'): ['Seef Tower Hotel W.L.L.'],
 ('MY', 'plantation'): ['Ladang Sungai Bayu Sdn. Bhd.', 'Kilang Sawit Bukit Lima Sdn. Bhd.'],
 ('MY', 'factory'): ['Precision Moulding Industries Sdn. Bhd.'],
 ('MY', 'construction'): ['Maju Jaya Construction Sdn. Bhd.'], ('SG', 'construction'): ['Keystone Engineering Pte. Ltd.'],
 ('TW', 'factory'): ['Hsin Feng Electronics Co., Ltd.', 'Da Tung Textile Co., Ltd.'],
 ('JO', 'factory'): ['Al Hassan Garments Manufacturing Co.'],
}
EMPNAMES = {
 'SA': (['Mr. Khalid bin Saad Al-Otaibi', 'Mrs. Noura Abdullah Al-Harbi'],
        ['Al-Rawabi Contracting Co.', 'Najd Hospitality Group']),
 'AE': (['Mr. Saeed Rashid Al Mansoori', 'Mrs. Fatima Khalfan Al Suwaidi'],
        ['Gulf Horizon Building Contracting LLC', 'Palm Crest Hotels LLC']),
 'QA': (['Mr. Hamad Ali Al-Kuwari'], ['Al Wakra Civil Works W.L.L.', 'Corniche Suites Hotel W.L.L.']),
 'KW': (['Mr. Fahad Nasser Al-Ajmi', 'Mrs. Maryam Yousef Al-Sabah'], []),
 'OM': (['Mr. Salim Hamed Al-Busaidi'], ['Sohar Steel Fabrication LLC']),
 'BH': (['Mrs. Layla Ebrahim Al-Khalifa', 'Mr. Ali Hasan Jaffar'], ['Seef Tower Hotel W.L.L.']),
 'MY': (['Puan Rozita binti Ahmad', 'Mr. Tan Chee Keong'],
        ['Ladang Sungai Bayu Sdn. Bhd.', 'Precision Moulding Industries Sdn. Bhd.', 'Maju Jaya Construction Sdn. Bhd.']),
 'SG': (['Mrs. Lim Mei Ling', 'Mr. Rajan Pillai'], ['Keystone Engineering Pte. Ltd.']),
 'HK': (['Mrs. Chan Wai Man', 'Mr. Wong Kin Fai'], []),
 'TW': (['Mr. Lin Chih-Ming', 'Mrs. Huang Shu-Fen'], ['Hsin Feng Electronics Co., Ltd.', 'Da Tung Textile Co., Ltd.']),
 'JO': (['Mrs. Rania Haddad'], ['Al Hassan Garments Manufacturing Co.']),
 'LB': (['Mrs. Nadine Khoury', 'Mr. Georges Haddad'], []),
}
AGNAMES = ['Bright Path Manpower Services', 'Everest Overseas Placement Pvt. Ltd.', 'Golden Bridge Employment Agency',
           'Sunrise International Recruitment', 'Harbour Light Employment Agency Ltd.', 'Al Amal Recruitment Office',
           'Meridian Global Staffing', 'Pacific Star Human Resources', 'Lotus Manpower Agency',
           'Horizon Care Placement Services', 'PT Mitra Karya Sejahtera', 'PT Bintang Timur Mandiri']

JOBS = {'domestic': ['domestic worker', 'household helper', 'house maid', 'domestic helper'],
        'care': ['caregiver to an elderly member of the household', 'home care worker', 'live-in carer'],
        'construction': ['steel fixer', 'mason', 'general labourer', 'scaffolder', 'shuttering carpenter'],
        'factory': ['machine operator', 'production operator', 'sewing machine operator', 'assembly line worker'],
        'plantation': ['oil palm harvester', 'general field worker', 'estate worker'],
        'hospitality': ['room attendant', 'kitchen steward', 'waiter', 'laundry attendant']}
JOBS_ID = {'domestic': 'Penata Laksana Rumah Tangga', 'care': 'Perawat Lansia (caretaker)',
           'plantation': 'Pekerja Ladang'}

TERMS = {  # defined names: employer, worker (by sector), agency
 'E': {'domestic': ['the Employer', 'the Sponsor', 'the Household Employer'], 'care': ['the Employer', 'the Client'],
       'construction': ['the Company', 'the Contractor', 'the Employer'], 'factory': ['the Company', 'the Employer'],
       'plantation': ['the Estate', 'the Company'], 'hospitality': ['the Hotel', 'the Company', 'the Establishment']},
 'W': {'domestic': ['the Worker', 'the Helper', 'the Domestic Worker', 'the Housemaid'],
       'care': ['the Caregiver', 'the Care Worker'],
       'construction': ['the Employee', 'the Workman', 'the Worker'], 'factory': ['the Employee', 'the Operative'],
       'plantation': ['the Worker', 'the Estate Worker'], 'hospitality': ['the Employee', 'the Staff Member']},
 'A': ['the Agency', 'the Recruitment Agency', 'the Placement Agency', 'the Agent', 'the Licensed Agency'],
}
ID_TERMS = {'E': ['Pengguna', 'Majikan', 'Pemberi Kerja'], 'W': ['Pekerja', 'PMI', 'Pekerja Migran'],
            'A': ['Agensi', 'Mitra Usaha', 'Perusahaan']}

NUMW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
DAYS = ['Friday', 'Sunday', 'Friday', 'Sunday', 'Saturday']
DAYS_ID = {'Friday': 'Jumat', 'Sunday': 'Minggu', 'Saturday': 'Sabtu'}


def money(a, dec, form):
    s = '{:,}'.format(a)
    if dec and random.random() < 0.5:
        s += '.000'
    return form.format(a=s)


def money_id(a, code):
    sym = {'TWD': 'NT$ ', 'HKD': 'HK$ ', 'MYR': 'RM ', 'SGD': 'SGD ', 'SAR': 'SAR '}[code]
    return sym + '{:,}'.format(a).replace(',', '.')


def capfirst(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch in '"\u201c(' or ch.isspace() or 0xE000 <= ord(ch) < 0xF000:
            continue
        return s
    return s


# ---------------------------------------------------------------- picker
USE = {}


def pick(key, options, rng):
    """Least-used choice among options (ties broken by rng)."""
    best = min(USE.get((key, o), 0) for o in options)
    cands = [o for o in options if USE.get((key, o), 0) == best]
    o = rng.choice(cands)
    USE[(key, o)] = USE.get((key, o), 0) + 1
    return o


def flags_of(text):
    if '|:' in text[:4]:
        f, t = text.split('|:', 1)
        return set(f), t
    return set(), text


# ---------------------------------------------------------------- plan
def plan(rng):
    roles = (['abuse/en'] * 36 + ['abuse/id'] * 6 + ['clean/en'] * 12 + ['clean/id'] * 2 +
             ['ctr010/en'] * 5 + ['ctr010/id'] * 2 + ['pairless/en'] * 3 + ['pairless/id'] * 1 +
             ['pairok/en'] * 3)
    rng.shuffle(roles)
    specs = []
    for i, r in enumerate(roles):
        role, lang = r.split('/')
        sp = dict(id='M-%03d' % (i + 1), role=role, lang=lang, seed=rng.randrange(10 ** 9))
        if lang == 'id':
            dest = rng.choice(sorted(ID_DEST))
            sector = rng.choice(ID_DEST[dest].split())
            orig = 'ID'
        else:
            dest = rng.choice(['SA', 'SA', 'AE', 'AE', 'QA', 'KW', 'OM', 'BH', 'MY', 'MY', 'SG', 'HK', 'HK',
                               'TW', 'TW', 'JO', 'LB'])
            sector = rng.choice(SECTORS[dest].split())
            orig = rng.choice(ORIGINS[dest].split())
        sex = 'F' if sector in ('domestic', 'care') else 'M' if sector in ('construction', 'plantation') \
            else rng.choice('FM')
        sp.update(dest=dest, sector=sector, orig=orig, sex=sex)
        specs.append(sp)
    # abusive types: en 8x1 15x2 13x3, id 1x1 3x2 2x3
    for lang, sizes in (('id', [1] + [2] * 3 + [3] * 2), ('en', [1] * 8 + [2] * 15 + [3] * 13)):
        ab = [s for s in specs if s['role'] == 'abuse' and s['lang'] == lang]
        for attempt in range(2000):
            r2 = random.Random(attempt * 7 + (1 if lang == 'id' else 0))
            sz = sizes[:]
            r2.shuffle(sz)
            if lang == 'en':
                quota = {t: 10 for t in TYPES}
                for s in specs:
                    if s['lang'] == 'id':
                        for t in s.get('abuse', []):
                            quota[t] -= 1
            else:
                quota = {t: 1 for t in TYPES}
                for t in r2.sample(TYPES, 4):
                    quota[t] += 1
            ok = True
            for s, n in zip(ab, sz):
                allowed = [t for t in TYPES if quota[t] > 0 and
                           not (t == 'CTR-005' and s['sex'] == 'M') and
                           not (t in ('CTR-005', 'CTR-006') and s['dest'] == 'SG')]
                if len(allowed) < n:
                    ok = False
                    break
                allowed.sort(key=lambda t: (-quota[t], r2.random()))
                ch = allowed[:n]
                for t in ch:
                    quota[t] -= 1
                s['abuse'] = ch
            if ok and all(v == 0 for v in quota.values()):
                break
        else:
            raise SystemExit('no abusive assignment for ' + lang)
    # look-alike types
    nla = {'abuse': 2, 'clean': 5, 'ctr010': 2, 'pairless': 3, 'pairok': 3}
    for s in specs:
        r3 = random.Random(s['seed'])
        own = set(s.get('abuse', []))
        allowed = [t for t in TYPES if t not in own and not (t == 'CTR-005' and s['sex'] == 'M') and
                   not (t in ('CTR-005', 'CTR-006') and s['dest'] == 'SG')]
        if s['role'] == 'ctr010':
            okt = ('CTR-001', 'CTR-002', 'CTR-003', 'CTR-005', 'CTR-006', 'CTR-007') if s['lang'] == 'en' else \
                ('CTR-001', 'CTR-003', 'CTR-005', 'CTR-006')
            allowed = [t for t in allowed if t in okt]
        la = []
        for _ in range(nla[s['role']]):
            t = pick('latype', [x for x in allowed if x not in la], r3)
            la.append(t)
        s['look'] = la
    # CTR-010 missing elements, pair changes
    miss = [['hours'], ['rest', 'complaint'], ['repat'], ['wage'], ['complaint'], ['wage', 'repat'], ['rest']]
    for s in [x for x in specs if x['role'] == 'ctr010']:
        s['missing'] = miss.pop(0)
    less = ['wage', 'hours', 'job']
    ok_ = ['identical', 'hours-better', 'rest-better']
    for s in specs:
        if s['role'] == 'pairless':
            s['change'] = 'wage' if s['lang'] == 'id' else less.pop(0)
        elif s['role'] == 'pairok':
            s['change'] = ok_.pop(0)
    return specs


# ---------------------------------------------------------------- texts
def neutral_en(c):
    """Ordinary clauses by section (lists of paragraphs)."""
    dom = c['dom']
    N = {}
    N['job'] = [
        "{E} employs {W} as {job} at {place}, and {W} shall not be required to work for any other person or at any other address." if dom else
        "{E} engages {W} in the position of {job} at {place}, with the duties set out in the job description handed to {o} before signature.",
        "The duties of {W} are limited to those of the position stated above." if dom else
        "{W} may be assigned to other sites of {E} within {dest} only for work of the same kind and at the same pay.",
    ]
    N['term'] = ["This contract runs for {dur} months from the date on which {W} arrives in {dest}, and may be renewed by written agreement.",
                 "A probation period is not applied to {W}."]
    N['wage'] = ["Wages are paid in the currency of {dest} by bank transfer or, where no account exists yet, in cash against a receipt signed by {W}."]
    N['hours'] = []
    N['rest'] = ["{W} is entitled to {leave} days of paid annual leave for each completed year of service.",
                 "Public holidays declared by the government of {dest} are paid holidays; work on such a day is paid at double the daily rate."]
    N['board'] = ["{E} shall provide {W} free of charge with clean and decent accommodation" +
                  (" in the household, including a separate room or a space with reasonable privacy" if dom else
                   " with no more than six persons to a room, drinking water and cooking facilities") +
                  ", and with food or a food allowance of {food} a month."]
    N['medical'] = ["Medical treatment, including hospital care, is provided by {E} free of charge for the whole period of the contract.",
                    "{E} shall take out and keep in force the insurance required by the law of {dest} for {W}, and paid sick leave is given on production of a medical certificate."]
    N['docs'] = ["The work permit and residence permit of {W} are obtained and renewed by {E} at {E}'s own expense."]
    N['costs'] = ["The levy, the work permit fees and the insurance premiums required by law are borne by {E}."]
    N['travel'] = ["In the event of the death of {W}, {E} shall repatriate the remains and personal effects to {orig} at the expense of {E}."]
    N['conduct'] = ["{W} shall carry out {p} duties with care, respect the laws and customs of {dest} and look after the property of {E}."]
    N['term2'] = ["Either party may end this contract for a serious breach by the other, after the facts have been put in writing and the other party has been heard.",
                  "On any termination {E} shall pay all wages, leave pay and other sums due up to the last day worked."]
    N['disputes'] = ["Disputes not settled by agreement may be referred to the competent labour court of {dest}."]
    N['law'] = ["This contract is governed by the law of {dest}.",
                "An amendment is valid only if made in writing and signed by both parties, and no amendment may reduce the rights of {W}."]
    N['misc'] = ["This contract is made in English and {lang}; {W} received both versions {k} days before departure and kept a copy of each."]
    return N


def elements_en(c, v):
    """Five mandatory elements: v picks the phrasing variant (0..3)."""
    E = {}
    E['wage'] = [
        "{E} shall pay {W} a monthly salary of {wage}, not later than the {payday} day of the following month.",
        "The basic wage of {W} is {wage} per month, credited by bank transfer on or before the {payday} of each month.",
        "In return for the services rendered, {W} shall receive {wage} for each completed calendar month of service.",
        "The monthly remuneration payable to {W} is fixed at {wage}, and is paid monthly in arrears.",
    ][v]
    E['hours'] = [
        "Normal working hours are {hw} ({hn}) hours a day, {hspan}, with a break for meals.",
        "{W} shall not work more than {hw} ({hn}) hours in any day ({hspan}).",
        "The working day of {W} is {hw} hours long ({hspan}), excluding meal breaks.",
        "Daily hours of work are limited to {hw} ({hn}), {hspan}, and any work beyond them is overtime.",
    ][v]
    E['rest'] = [
        "{W} is entitled to {restw} of not less than twenty-four consecutive hours every week, normally on {day}.",
        "{W} has {restw} every week, on {day}, with full pay.",
        "{W} shall have {restw} in each week, on {day} unless {s} chooses another day{rest2}.",
        "The weekly rest period of {W} is {restw}, of twenty-four hours each, on {day}.",
    ][v]
    E['repat'] = [
        "On completion or termination of this contract {E} shall provide {W} with an economy-class air ticket to {origcity}, {orig}.",
        "The return fare of {W} to {orig} is borne by {E} when the contract ends, for whatever reason it ends.",
        "{E} shall pay for the journey of {W} back to {origcity} at the end of the contract period.",
        "Repatriation of {W} to {orig} at the end of service, including the air ticket and airport transfer, is at the cost of {E}.",
    ][v]
    E['complaint'] = [
        "Complaints about this contract may be made to {A}, to {office} (hotline {hot}) or to {emb}, whose contact details are printed on the card given to {W}.",
        "If {W} has a grievance, {s} may contact {office} on {hot} or {emb} at any time.",
        "{W} may bring any complaint to {office}, telephone {hot}, or seek help from {emb}.",
        "A complaint may be lodged with {A}, with {office} ({hot}) or with {emb}, and no complaint affects the employment of {W}.",
    ][v]
    return E


def decoy_en(c, el):
    return {
        'hours': None,
        'rest': "{W} is entitled to ten consecutive hours of rest each night and to {leave} days of paid annual leave a year.",
        'repat': "{E} shall provide the air ticket of {W} from {origcity} to {destcity} at the start of the employment.",
        'wage': "The salary of {W} follows the pay scale of {E} for the position and is advised to {o} after arrival.",
        'complaint': None,
    }[el]


def neutral_id(c):
    N = {}
    N['job'] = ["{W} dipekerjakan oleh {E} sebagai {job} di {place}, dan tidak boleh dipekerjakan pada orang lain atau di alamat lain."]
    N['term'] = ["Perjanjian ini berlaku selama {dur} bulan terhitung sejak {W} tiba di {dest} dan dapat diperpanjang secara tertulis."]
    N['wage'] = ["Gaji dibayarkan dalam mata uang {dest} melalui transfer bank atau tunai dengan tanda terima."]
    N['hours'] = []
    N['rest'] = ["{W} berhak atas cuti tahunan dengan upah penuh selama {leave} hari setelah bekerja dua belas bulan."]
    N['board'] = ["{E} menyediakan tempat tinggal yang layak dan makan tiga kali sehari tanpa biaya bagi {W}."]
    N['medical'] = ["{E} menanggung biaya pengobatan dan asuransi {W} sesuai peraturan {dest}."]
    N['docs'] = ["Izin kerja dan izin tinggal {W} diurus dan diperpanjang oleh {E} atas biaya {E}."]
    N['costs'] = ["Biaya izin kerja dan premi asuransi yang diwajibkan oleh hukum ditanggung oleh {E}."]
    N['travel'] = ["Apabila {W} meninggal dunia, {E} menanggung biaya pemulangan jenazah dan barang milik {W} ke Indonesia."]
    N['conduct'] = ["{W} wajib melaksanakan pekerjaan dengan baik dan menghormati adat istiadat setempat."]
    N['term2'] = ["Pada setiap pengakhiran perjanjian, {E} wajib membayar seluruh gaji dan hak {W} sampai hari terakhir bekerja."]
    N['disputes'] = ["Perselisihan yang tidak dapat diselesaikan secara musyawarah diselesaikan menurut hukum {dest}."]
    N['law'] = ["Perjanjian ini tunduk pada hukum {dest}.",
                "Perubahan perjanjian hanya sah apabila dibuat secara tertulis dan tidak mengurangi hak {W}."]
    N['misc'] = []
    return N


def elements_id(c, v):
    E = {}
    E['wage'] = ["{E} membayar gaji {W} sebesar {wage} per bulan, paling lambat tanggal {paydayn} bulan berikutnya.",
                 "Gaji pokok {W} ditetapkan sebesar {wage} setiap bulan dan dibayarkan penuh tanpa potongan biaya penempatan."][v % 2]
    E['hours'] = ["Jam kerja normal {W} adalah {hn} jam sehari, {hspan}.",
                  "{W} bekerja paling lama {hn} jam per hari, {hspan}."][v % 2]
    E['rest'] = ["{W} berhak atas {restw} setiap minggu selama 24 jam berturut-turut, biasanya pada hari {day}.",
                 "Setiap hari {day} merupakan {restw} {W} dengan upah penuh."][v % 2]
    E['repat'] = ["Pada akhir perjanjian {E} menyediakan tiket pesawat pulang bagi {W} ke Indonesia.",
                  "Biaya kepulangan {W} ke daerah asal di Indonesia pada akhir masa kerja ditanggung oleh {E}."][v % 2]
    E['complaint'] = ["{W} dapat menyampaikan pengaduan kepada {office} ({hot}) atau kepada {emb} tanpa sanksi apa pun.",
                      "Apabila ada masalah, {W} dapat menghubungi {emb} atau {office}, nomor {hot}."][v % 2]
    return E


def decoy_id(c, el):
    return {'hours': None, 'rest': "{W} berhak atas istirahat malam sekurang-kurangnya sepuluh jam.",
            'repat': "{E} menyediakan tiket keberangkatan {W} dari Indonesia ke {dest}.",
            'wage': "Besarnya gaji {W} mengikuti skala gaji yang berlaku pada {E} dan diberitahukan setelah {W} tiba.",
            'complaint': None}[el]


HEAD_EN = {
 'defs': ['DEFINITIONS', 'Interpretation', 'Definitions'],
 'job': ['POSITION AND PLACE OF WORK', 'Employment and Duties', 'Job Title and Workplace'],
 'term': ['DURATION', 'Term of Contract', 'Period of Employment'],
 'wage': ['WAGES', 'Remuneration', 'Salary and Payment'],
 'hours': ['WORKING HOURS', 'Hours of Work', 'Working Time'],
 'rest': ['REST DAYS AND LEAVE', 'Rest and Holidays', 'Weekly Rest and Leave'],
 'board': ['ACCOMMODATION AND FOOD', 'Board and Lodging', 'Housing and Meals'],
 'medical': ['MEDICAL CARE AND INSURANCE', 'Health', 'Medical Treatment'],
 'docs': ['PASSPORT AND PERMITS', 'Travel Documents', 'Documents'],
 'costs': ['RECRUITMENT COSTS', 'Costs and Expenses', 'Fees'],
 'travel': ['TRAVEL AND REPATRIATION', 'Return Passage', 'Air Travel'],
 'conduct': ['CONDUCT', 'Obligations of the Worker', 'Discipline'],
 'term2': ['TERMINATION', 'Ending the Contract', 'Termination of Employment'],
 'disputes': ['COMPLAINTS AND DISPUTES', 'Grievances', 'Settlement of Disputes'],
 'law': ['GOVERNING LAW', 'Applicable Law and Amendments', 'Law'],
 'misc': ['GENERAL', 'Miscellaneous', 'Copies and Language'],
}
NEUTRAL_HEAD = {'wage': ['GRADE', 'Grading', 'Position Grade'], 'rest': ['LEAVE', 'Leave', 'Annual Leave'],
                'travel': ['AIR PASSAGE', 'Travel', 'Journey to the Workplace']}
HEAD_ID = {'job': 'JABATAN DAN TEMPAT KERJA', 'term': 'JANGKA WAKTU PERJANJIAN', 'wage': 'GAJI',
           'hours': 'JAM KERJA', 'rest': 'HARI LIBUR DAN CUTI', 'board': 'AKOMODASI DAN MAKAN',
           'medical': 'KESEHATAN DAN ASURANSI', 'docs': 'DOKUMEN', 'costs': 'BIAYA PENEMPATAN',
           'travel': 'KEPULANGAN', 'conduct': 'KEWAJIBAN PEKERJA', 'term2': 'PENGAKHIRAN PERJANJIAN',
           'disputes': 'PENGADUAN DAN PERSELISIHAN', 'law': 'HUKUM YANG BERLAKU', 'misc': 'LAIN-LAIN'}
NEUTRAL_HEAD_ID = {'wage': 'GOLONGAN JABATAN', 'rest': 'CUTI', 'travel': 'KEBERANGKATAN'}
ORDER = ['job', 'term', 'wage', 'hours', 'rest', 'board', 'medical', 'docs', 'costs', 'travel', 'conduct',
         'term2', 'disputes', 'law', 'misc']
SECT_OF = {'CTR-001': 'docs', 'CTR-002': 'costs', 'CTR-003': 'term2', 'CTR-004': 'rest', 'CTR-005': 'medical',
           'CTR-006': 'conduct', 'CTR-007': 'wage', 'CTR-008': 'term2', 'CTR-009': 'disputes'}
ELEM_SECT = {'wage': 'wage', 'hours': 'hours', 'rest': 'rest', 'repat': 'travel', 'complaint': 'disputes'}

ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI',
         'XVII', 'XVIII', 'XIX', 'XX']
ORDW = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN', 'TWELVE',
        'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN']

HOUSE_RULES = ["Lights out in the sleeping quarters at 11 p.m. on working days.",
               "Cooking only in the kitchen provided; no gas cylinders in rooms.",
               "Keep personal items in the cupboard provided.",
               "Report any illness or injury the same day.",
               "Smoking only in the marked area.",
               "Safety shoes and helmet to be worn on site at all times.",
               "Water and electricity to be used with care.",
               "Respect the privacy of other residents."]
HOUSE_RULES_DOM = ["Wash hands before preparing food.", "Report any breakage in the house to madam the same day.",
                   "Keep the children's medicines out of their reach.", "Use the washing machine only on the settings shown.",
                   "Tell the family if you feel unwell.", "Do not give the gate code to anyone outside the family."]
HOUSE_RULES_ID = ["Menjaga kebersihan kamar dan dapur.", "Melapor kepada majikan apabila sakit.",
                  "Tidak merokok di dalam rumah.", "Menjaga keselamatan anak-anak dan lansia."]
DECL_EN = ["this contract was read to me and explained in {lang} before I signed it;",
           "I received a copy of this contract before I left {orig};",
           "I know the name and address of my employer and of my workplace;",
           "I was told the name of the person who will meet me at the airport in {destcity}."]
SMS_NEUTRAL = ["Agency: bus to the medical centre leaves 7.30 am tomorrow. Bring your slip.",
               "HR: Eid holiday is paid. Enjoy the day.",
               "Agency: new payslip format from next month, ask if anything is unclear.",
               "Supervisor: PPE check on Monday, bring helmet and shoes."]
SMS_NEUTRAL_DOM = ["Agency: photo and fingerprint appointment for the visa renewal is on Saturday 10 am.",
                   "Agency: typhoon warning tomorrow, stay indoors with the family and keep your phone charged.",
                   "Agency: new payslip format from next month, ask if anything is unclear.",
                   "Agency: free first-aid class for helpers on Sunday afternoon, tell us if you want to join."]
ROWS_NEUTRAL = ["Work visa and residence permit | at cost | {E}", "Outward air ticket | at cost | {E}",
                "Pre-departure orientation | free | -"]
ROWS_NEUTRAL_FEE = ["Residence permit renewal | at cost | {E}", "Medical insurance in {dest} | at cost | {E}",
                    "Pre-departure orientation | free | -"]
ROWS_NEUTRAL_FEE_ID = ["Perpanjangan izin tinggal | sesuai biaya | {E}", "Asuransi | sesuai biaya | {E}"]
ROWS_NEUTRAL_ID = ["Visa kerja | sesuai biaya | {E}", "Tiket berangkat | sesuai biaya | {E}"]
DEFS_NEUTRAL = ["\"Contract Period\" means the period stated in the clause on duration.",
                "\"Workplace\" means the address stated in the clause on position and place of work.",
                "\"Wages\" means the basic monthly salary, excluding overtime pay and allowances."]

FOOTERS = ["Page {n} of {m}", "- {n} -", "Ref. {ref}    page {n}/{m}    initials ______ / ______",
           "Employment Contract {ref} | p. {n}", "{ref}  Page {n}"]
FOOTERS_ID = ["Halaman {n} dari {m}", "Hal. {n}/{m}    Paraf: ______ / ______"]


SUFFIXES = {'tion', 'tions', 'ment', 'ments', 'ing', 'ings', 'ance', 'ances', 'ence', 'ences', 'able', 'ity',
            'ities', 'ness', 'ive', 'ure', 'ised', 'ation', 'ployment', 'sion', 'sions', 'ship', 'ical', 'ates',
            'ated', 'ating', 'ous', 'ful', 'ties', 'ents'}


def vis(w):
    return len(w) - sum(1 for ch in w if 0xE000 <= ord(ch) < 0xF000)


def wrap(prefix, text, width, hang, hyph, rng):
    """Wrap text; markers count as zero width; optional line-end hyphenation."""
    words = text.split()
    sub = ' ' * len(prefix) if hang else ''
    lines, cur, curlen, empty = [], prefix, len(prefix), True
    i = 0
    while i < len(words):
        w = words[i]
        add = vis(w) if empty else 1 + vis(w)
        if empty or curlen + add <= width:
            cur += w if empty else ' ' + w
            curlen += add
            empty = False
            i += 1
            continue
        room = width - curlen - 2
        if hyph and re.fullmatch(r'[a-z]{9,}[,.;]?', w) and room >= 4 and rng.random() < 0.8:
            core = w.rstrip(',.;')
            cuts = [k for k in range(3, len(core) - 2) if k <= room and (
                core[k:] in SUFFIXES or (core[k] == core[k - 1] and core[k] not in 'aeiou'))]
            cut = max(cuts) if cuts else 0
            if cut >= 3:
                cur += ' ' + core[:cut] + '-'
                words[i] = w[cut:]
        lines.append(cur)
        cur, curlen, empty = sub, len(sub), True
    if not empty:
        lines.append(cur)
    return lines


def ttl(h):
    if not h.isupper():
        return h
    small = {'and', 'of', 'the', 'to'}
    return ' '.join(w.lower() if w.lower() in small and k else w.capitalize() for k, w in enumerate(h.split()))


# ---------------------------------------------------------------- build one contract
def build(sp, version, allspecs):
    rng = random.Random(sp['seed'])
    random.seed(sp['seed'] + 1)  # used by money()
    lang = sp['lang']
    d, o = DEST[sp['dest']], ORIG[sp['orig']]
    en = lang == 'en'
    F = sp['sex'] == 'F'
    # --- layout and drafting features
    if en:
        if d['gulf'] or sp['dest'] == 'LB':
            layout = rng.choice(['gulf', 'gulf', 'roman', 'dot', 'inline'])
        elif sp['dest'] in ('MY', 'SG'):
            layout = rng.choice(['dot', 'offer', 'inline', 'clause'])
        elif sp['dest'] == 'HK':
            layout = rng.choice(['flat', 'roman', 'offer'])
        else:
            layout = rng.choice(['dot', 'roman', 'clause', 'flat', 'offer'])
        pre = 'firstsecond' if layout == 'gulf' else 'letter' if layout == 'offer' else rng.choice(
            ['quoted', 'hereinafter', 'table', 'recitals', 'brackets', 'plain'])
    else:
        layout = rng.choice(['pasal', 'pasal', 'pasal_inline'])
        pre = 'id'
    sched = set()
    if rng.random() < 0.45:
        sched.add('table')
    if rng.random() < 0.35 and layout != 'offer':
        sched.add('annex')
    if en and rng.random() < 0.35:
        sched.add('declaration')
    if en and rng.random() < 0.18:
        sched.add('sms')
    defs = en and layout in ('dot', 'roman', 'clause') and rng.random() < 0.45
    width = rng.choice([66, 70, 74, 78, 82])
    hang = rng.random() < 0.6
    hyph = rng.random() < 0.3
    typo = en and rng.random() < 0.3
    allcaps = False
    # --- names
    sect = sp['sector']
    pov = 'third'
    if en:
        if pre == 'firstsecond':
            E, W = 'the First Party', 'the Second Party'
            A = rng.choice(['the Recruitment Office', 'the Office', 'the Agency'])
        elif pre == 'plain':
            pov = 'names'
            E = None
            W = None
            A = None
        else:
            E = rng.choice(TERMS['E'][sect])
            W = rng.choice(TERMS['W'][sect])
            A = rng.choice(TERMS['A'])
    else:
        E, W, A = rng.choice(ID_TERMS['E']), rng.choice(ID_TERMS['W']), rng.choice(ID_TERMS['A'])
        pov = 'id'
    if layout == 'offer':
        pov = 'terms'
    dom = sect in ('domestic', 'care')
    emps = EMPNAMES[sp['dest']][0 if dom or not EMPNAMES[sp['dest']][1] else 1]
    empname = rng.choice(emps)
    wname = rng.choice(WNAMES[sp['orig']][0 if F else 1])
    agname = rng.choice(AGNAMES[10:] if lang == 'id' else AGNAMES[:10])
    nrng = random.Random(sp['seed'] + 5)
    if not dom:  # a company of the sector
        empname = nrng.choice(COMPANY[(sp['dest'], sect)])
    if agname.startswith('Al Amal') and not (d['gulf'] or sp['dest'] in ('JO', 'LB')):
        agname = 'Silver Crest Manpower Agency'
    if en and pre == 'plain':
        if empname.startswith(('Mr', 'Mrs', 'Puan')):
            parts = empname.split()
            if parts[0] == 'Puan':
                E = 'Puan Rozita'
            elif sp['dest'] in ('HK', 'TW', 'SG', 'MY') and parts[1] in ('Chan', 'Wong', 'Lim', 'Tan', 'Lin', 'Huang'):
                E = parts[0] + ' ' + parts[1]
            else:
                E = parts[0] + ' ' + parts[-1]
        else:
            E = empname.split(' Co')[0].split(' Sdn')[0].split(' LLC')[0].split(' W.L.L')[0].split(' Pte')[0]
            E = E.replace(' Ltd.', '')
        W = wname.split()[0] if sp['orig'] not in ('VN', 'MM') else wname
        A = agname.replace(' Pvt. Ltd.', '').replace(' Ltd.', '')
    # --- parameters (pairs change one)
    base = WAGES[(sp['dest'], sect)]
    step = STEP[d['code']]
    wage_amt = base + step * rng.choice([0, 0, 1, 2])
    hours_n = rng.choice([8, 8, 9, 10]) if dom else rng.choice([8, 8, 9])
    restdays = 1
    job = JOBS_ID.get(sect, 'Penata Laksana Rumah Tangga') if not en else rng.choice(JOBS[sect])
    dur = rng.choice([24, 24, 24, 12, 36]) if not dom else 24
    base_amt = wage_amt
    ch = sp.get('change')
    if ch == 'hours-better':
        hours_n = 10
    if version == 'dest' and ch:
        if ch == 'wage':
            wage_amt = int(round(wage_amt * 0.85 / max(step, 10))) * max(step, 10) if step else int(wage_amt * 0.85)
        elif ch == 'hours':
            hours_n = hours_n + 2
        elif ch == 'job':
            job = job + (", and in addition cleaner of the homes of relatives of {E} and helper in {E}'s shop"
                         if dom else ", and in addition driver, storekeeper and cleaner of the staff camp")
        elif ch == 'hours-better':
            hours_n = 9
        elif ch == 'rest-better':
            restdays = 2
    record_wage = wage_amt if version != 'dest' or ch != 'wage' else None
    fm = rng.choice(d['fm'])
    wage_s = money(wage_amt, d['dec'], fm) if en else money_id(wage_amt, d['code'])
    deda = max(1, int(base_amt * rng.choice([0.2, 0.25, 0.3])))
    if step >= 50:
        deda = deda // 10 * 10
    ded = money(deda, d['dec'], fm) if en else money_id(deda, d['code'])
    dep = money(base_amt, d['dec'], fm) if en else money_id(base_amt, d['code'])
    ffm, fbase = o['fee']
    fee_amt = int(fbase * rng.choice([0.8, 0.9, 1.0, 1.1, 1.2]))
    fee_amt = int(round(fee_amt, -3)) if fee_amt > 10000 else fee_amt
    fee = ffm.format(a='{:,}'.format(fee_amt)) if en else 'Rp ' + '{:,}'.format(fee_amt).replace(',', '.')
    hspan = {8: 'from 8.00 a.m. to 5.00 p.m.', 9: 'from 7.00 a.m. to 5.00 p.m.', 10: 'from 6.00 a.m. to 5.00 p.m.',
             11: 'from 6.00 a.m. to 6.00 p.m.', 12: 'from 6.00 a.m. to 7.00 p.m.'}[hours_n]
    if not en:
        hspan = {8: 'pukul 08.00 sampai 17.00', 9: 'pukul 07.00 sampai 17.00', 10: 'pukul 06.00 sampai 17.00',
                 11: 'pukul 06.00 sampai 18.00', 12: 'pukul 06.00 sampai 19.00'}[hours_n]
    day = rng.choice(DAYS) if d['gulf'] or sp['dest'] in ('JO',) else 'Sunday'
    if d['gulf'] and day == 'Sunday':
        day = 'Friday'
    office = d['office']
    emb = o.get('tw', o['emb']) if sp['dest'] == 'TW' else (
        o['emb'].replace('the Embassy', 'the Consulate General') if sp['dest'] == 'HK' else o['emb'])
    city = {'plantation': 'Kuantan, Pahang', 'construction': d['city'] if sp['dest'] != 'OM' else 'Sohar'}.get(
        sect, d['city'])
    ctx = dict(E=E, W=W, A=A, s='she' if F else 'he', o='her' if F else 'him', p='her' if F else 'his',
               wage=wage_s, fee=fee, ded=ded, dep=dep, n=NUMW[rng.choice([3, 4, 5, 6])],
               nd=str(rng.choice([3, 4, 5, 6])), n2=NUMW[rng.choice([2, 3])], pct=str(rng.choice([50, 60, 70, 80])),
               dest=d['name'] if en else ID_DESTNAME[sp['dest']], destcity=d['city'], orig=o['name'],
               origcity=o['city'], office=office if en else ID_OFFICE[sp['dest']], hot=d['hot'],
               emb=emb if en else ID_EMB[sp['dest']], lang=o['lang'], job=job,
               place=(('the family residence in ' if dom else 'the premises of ' + empname + ' in ') +
                      city) if en else city,
               dur=str(dur), leave=str(rng.choice([14, 15, 21, 30])), food='{}'.format(
                   money(int(base_amt * 0.2) // 10 * 10 or 1, d['dec'], fm)) if en else '',
               k=NUMW[rng.choice([5, 7, 10])], payday=rng.choice(['5th', '7th', '10th']), paydayn=str(rng.choice([5, 7, 10])),
               hn=str(hours_n), hw=NUMW[hours_n], hspan=hspan,
               restw=('one rest day' if restdays == 1 else 'two rest days') if en else
               ('satu hari libur' if restdays == 1 else 'dua hari libur'),
               rest2='', day=day if en else DAYS_ID[day])
    if restdays == 2 and en:
        ctx['day'] = day + ' and ' + ('Saturday' if day == 'Friday' else 'Monday')
    ctx['dom'] = dom
    if not en:
        ctx['n'] = {'three': 'tiga', 'four': 'empat', 'five': 'lima', 'six': 'enam'}[ctx['n']]
    ref = 'EC-%s-%03d' % (sp['dest'], int(sp['id'][2:]) * 7 % 1000)

    def fill(t):
        t = t.replace('{E}\'s', '{Eposs}').replace('{W}\'s', '{Wposs}')
        c2 = dict(ctx)
        c2['Eposs'] = ctx['E'] + "'s"
        c2['Wposs'] = ctx['W'] + "'s"
        t = t.format(**c2)
        return t
    def fillc(t):
        return capfirst(fill(t))
    # job may contain {E}
    ctx['job'] = ctx['job'].replace('{E}', E)
    ctx['place'] = ctx['place']

    # --- choose variants
    ab_types = sp.get('abuse', []) if version != 'origin' else sp.get('abuse', [])
    forms_ok = {'p'}
    if 'annex' in sched or layout == 'offer':
        forms_ok.add('i')
    if 'declaration' in sched:
        forms_ok.add('d')
    if 'table' in sched:
        forms_ok.add('r')
    if defs:
        forms_ok.add('f')
    if 'sms' in sched:
        forms_ok.add('s')

    def ok_flags(fl):
        if 'F' in fl and not F:
            return False
        if 'H' in fl and not dom:
            return False
        if 'S' in fl and dom:
            return False
        return True

    chosen = []  # (kind, type, form, text)
    for kind, types, pool in (('abuse', ab_types, ABUSE), ('look', sp['look'], LOOK)):
        for t in types:
            opts = []
            for idx, (form, txt) in enumerate(pool[t][lang]):
                fl, body = flags_of(txt)
                if form not in forms_ok or not ok_flags(fl):
                    continue
                if kind == 'look' and sp['role'] == 'ctr010' and any(b in body.lower() for b in CTR010_BAD):
                    continue
                opts.append(idx)
            if not opts:
                raise SystemExit('no variant %s %s %s %s' % (sp['id'], kind, t, lang))
            # rarer forms first where the contract has the place for them
            rare = [i for i in opts if pool[t][lang][i][0] != 'p']
            if rare and rng.random() < 0.5:
                opts = rare
            idx = pick((kind, t, lang), opts, rng)
            form, txt = pool[t][lang][idx]
            chosen.append((kind, t, form, flags_of(txt)[1], idx))
    # --- assemble sections
    N = neutral_en(ctx) if en else neutral_id(ctx)
    vel = rng.randrange(4)
    EL = elements_en(ctx, vel) if en else elements_id(ctx, vel)
    missing = sp.get('missing', [])
    sections = {k: [] for k in ORDER}
    for k in ORDER:
        for t in N.get(k, []):
            sections[k].append(fillc(t))
    heads_neutral = set()
    for el, k in ELEM_SECT.items():
        if el in missing:
            dc = (decoy_en if en else decoy_id)(ctx, el)
            if dc:
                if el == 'wage':
                    sections['job'].append(fillc(dc))
                else:
                    sections[k].insert(0, fillc(dc))
                heads_neutral.add(k)
            continue
        pos = 0 if k != 'disputes' else 0
        sections[k].insert(pos, fillc(EL[el]))
    if 'repat' in missing and 'travel' in sections:
        # no remains clause either (it would be a return journey)
        sections['travel'] = [x for x in sections['travel'] if 'remains' not in x and 'jenazah' not in x]
    if 'complaint' in missing:
        sections['disputes'] = []
        sections['law'] = [x for x in sections['law']]
    if 'rest' in missing or 'hours' in missing:
        sections['rest'] = [x for x in sections['rest'] if 'Public holidays' not in x] + []
    if 'wage' in missing:
        sections['wage'] = []
    if layout == 'offer':
        # key-term lines replace the element sentences of the body
        pass
    markers = []
    extra = {'i': [], 'd': [], 'r': [], 'f': [], 's': []}
    caps_one = en and rng.random() < 0.3
    caps_done = False
    for kind, t, form, body, idx in chosen:
        txt = fill(body)
        if kind == 'abuse':
            mk = chr(MK0 + len(markers))
            markers.append((mk, t, form, idx))
            if '@' in txt:
                a, b = txt.split('@', 1)
                txt = a + mk + b
            else:
                txt = mk + txt
        txt = txt.replace('@', '')
        if form in ('p', 'f', 'i', 'd', 's'):
            txt = capfirst(txt)
        if caps_one and not caps_done and form in ('p', 'i') and rng.random() < 0.5:
            txt = txt.upper()
            caps_done = True
        if form == 'p':
            k = SECT_OF[t]
            sec = sections[k]
            if sec and rng.random() < 0.3 and not any(0xE000 <= ord(ch) < 0xF000 for ch in sec[-1]):
                sec[-1] = sec[-1] + ' ' + txt
            else:
                sec.insert(rng.randrange(1, len(sec) + 1) if sec else 0, txt)
        else:
            extra[form].append(txt)
    if extra['i'] and layout != 'offer':
        sched.add('annex')
    caps_flag = 1 if caps_done else 0
    # --- render blocks
    B = []  # ('line', s) | ('para', prefix, text) | ('blank',)

    def L(s=''):
        B.append(('line', s) if s else ('blank',))

    def P(prefix, text, force_hang=False):
        B.append(('para', prefix, text, force_hang))
    copyline = None
    if sp['role'].startswith('pair'):
        if en:
            copyline = ('Version signed in %s before departure' % o['city'] if version == 'origin'
                        else 'Version signed in %s after arrival' % d['city'])
        else:
            copyline = ('Naskah yang ditandatangani di Jakarta sebelum keberangkatan' if version == 'origin'
                        else 'Naskah yang ditandatangani di %s setelah kedatangan' % d['city'])
    date_s = rng.choice(['12 March 2026', 'the 3rd day of February 2026', '27/01/2026', '9 April 2026', '15 May 2026'])
    if en:
        title = rng.choice(['CONTRACT OF EMPLOYMENT', 'EMPLOYMENT AGREEMENT', 'STANDARD EMPLOYMENT CONTRACT',
                            'CONTRACT FOR THE EMPLOYMENT OF A ' + ('DOMESTIC WORKER' if dom else 'FOREIGN WORKER')])
        if layout == 'offer':
            title = rng.choice(['LETTER OF APPOINTMENT', 'OFFER OF EMPLOYMENT AND KEY TERMS'])
        L(title)
        if copyline:
            L('(' + copyline + ')')
        L('Ref. ' + ref)
        L()
        ag_line = '%s, licence no. %s' % (agname, rng.randrange(1000, 9999))
        if pre == 'firstsecond':
            L('First Party (Employer): ' + empname + ', ' + d['city'] + ', ' + d['name'].replace('the ', ''))
            L('Second Party (Worker): ' + wname + ', national of ' + o['name'].replace('the ', '') +
              ', passport no. P' + str(rng.randrange(1000000, 9999999)))
            L('Recruitment office: ' + ag_line + ' ("' + A.replace('the ', '').title() + '")')
            L()
            P('', 'The two parties, being of full legal capacity, have agreed on the following terms and conditions:')
        elif pre == 'quoted':
            P('', 'THIS CONTRACT is made on %s between %s of %s (the "%s"), %s, holder of passport no. P%d (the "%s"), '
              'and %s (the "%s").' % (date_s, empname, d['city'], E[4:], wname, rng.randrange(1000000, 9999999),
                                      W[4:], ag_line, A[4:]))
        elif pre == 'hereinafter':
            P('', 'This agreement is entered into on %s by %s, %s %s, hereinafter referred to as "%s", and '
              '%s, a citizen of %s, hereinafter referred to as "%s", through the intermediary of %s, hereinafter '
              'referred to as "%s".' % (date_s, empname, 'residing in' if dom else 'having its office in', d['city'],
                                        E, wname, o['name'], W, ag_line, A))
        elif pre == 'table':
            L('PARTIES')
            L('Party            | Name                                   | Referred to as')
            L('-----------------+----------------------------------------+----------------')
            L('Employer         | %-38s | %s' % (empname[:38], E[4:]))
            L('Worker           | %-38s | %s' % (wname, W[4:]))
            L('Recruiting agent | %-38s | %s' % (agname[:38], A[4:]))
        elif pre == 'recitals':
            L('BETWEEN ' + empname + ' ("' + E[4:] + '")')
            L('AND ' + wname + ' ("' + W[4:] + '")')
            L('WITH THE PARTICIPATION OF ' + agname + ' ("' + A[4:] + '")')
            L()
            L('RECITALS')
            P('(A) ', 'WHEREAS %s wishes to employ a %s in %s;' % (E, job.split(',')[0], d['city']))
            P('(B) ', 'WHEREAS %s has been selected through %s and has accepted the offer of employment;' % (W, A))
            P('', 'NOW THEREFORE the parties agree as follows:')
        elif pre == 'brackets':
            P('', 'Agreement dated %s between %s [%s] and %s [%s], arranged by %s [%s].' % (
                date_s, empname, E, wname, W, agname, A))
        elif pre == 'letter':
            L('From: %s, %s ("%s")' % (empname, d['city'], E[4:]))
            L('To:   %s, passport no. P%d ("%s")' % (wname, rng.randrange(1000000, 9999999), W[4:]))
            L('Through: %s ("%s")' % (ag_line, A[4:]))
            L('Date: ' + date_s)
        elif pre == 'plain':
            P('', 'Agreement made on %s between %s of %s and %s of %s, arranged by %s.' % (
                date_s, empname, d['city'], wname, o['name'], agname))
    else:
        L(rng.choice(['PERJANJIAN KERJA', 'PERJANJIAN KERJA PEKERJA MIGRAN INDONESIA']))
        if copyline:
            L('(' + copyline + ')')
        L('Nomor: ' + ref)
        L()
        L('Yang bertanda tangan di bawah ini:')
        P('1. ', '%s, beralamat di %s, selanjutnya disebut "%s";' % (empname, d['city'], E))
        P('2. ', '%s, warga negara Indonesia, nomor paspor C%d, selanjutnya disebut "%s";' % (
            wname, rng.randrange(1000000, 9999999), W))
        P('3. ', '%s, perusahaan penempatan berizin, selanjutnya disebut "%s".' % (agname, A))
        P('', 'Para pihak sepakat mengadakan perjanjian kerja dengan ketentuan sebagai berikut:')
    L()
    # definitions
    if defs:
        dl = sorted([capfirst(x) for x in DEFS_NEUTRAL] + extra['f'],
                    key=lambda x: x.lstrip('\u201c"' + ''.join(chr(MK0 + i) for i in range(64))))
        sections_list = [('defs', dl)]
    else:
        sections_list = []
    keyterms = []
    if layout == 'offer':
        # pull the elements out into a key-terms sheet
        kt = [('Position', capfirst(job)), ('Place of work', ctx['place']), ('Contract period', '%s months' % dur)]
        if 'wage' not in missing:
            kt.append(('Monthly salary', '%s, paid by the %s of the following month' % (wage_s, ctx['payday'])))
            sections['wage'] = [x for x in sections['wage'] if x != fillc(EL['wage'])]
        if 'hours' not in missing:
            kt.append(('Working hours', '%s per day, %s' % (hours_n, hspan)))
            sections['hours'] = [x for x in sections['hours'] if x != fillc(EL['hours'])]
        if 'rest' not in missing:
            kt.append(('Weekly rest day', '%s (%s), 24 hours' % (ctx['day'], ctx['restw'])))
            sections['rest'] = [x for x in sections['rest'] if x != fillc(EL['rest'])]
        if 'repat' not in missing:
            kt.append(('Return air ticket', 'paid by the employer at the end of the contract'))
            sections['travel'] = [x for x in sections['travel'] if x != fillc(EL['repat'])]
        if 'complaint' not in missing:
            kt.append(('Help line', '%s%s; %s' % (office.replace('the ', '', 1), '' if d['hot'] in office else ' ' + d['hot'],
                                                  emb.replace('the ', '', 1))))
            sections['disputes'] = [x for x in sections['disputes'] if x != fillc(EL['complaint'])]
        keyterms = ['%s: %s' % (a, b) for a, b in kt]
        for it in extra['i']:
            keyterms.insert(rng.randrange(3, len(keyterms) + 1), it)
        extra['i'] = []
    for k in ORDER:
        if sections[k]:
            sections_list.append((k, sections[k]))
    # render headings + sub-clauses
    if layout == 'offer':
        P('', 'Dear %s,' % (wname if pre == 'plain' else wname))
        P('', 'We are pleased to confirm your appointment on the terms below. Together, the key terms and the general '
              'conditions form your contract of employment with %s.' % empname.rstrip('.'))
        L()
        L(rng.choice(['KEY TERMS', 'SUMMARY OF TERMS']))
        for it in keyterms:
            P('  ', it, True)
        L()
        L('GENERAL CONDITIONS')
        n = 0
        for k, items in sections_list:
            for it in items:
                n += 1
                P('%d. ' % n, it)
    hv = rng.randrange(3)
    artno = 0
    flatno = 0
    for k, items in (sections_list if layout != 'offer' else []):
        artno += 1
        if en:
            hs = (NEUTRAL_HEAD.get(k, HEAD_EN[k]) if k in heads_neutral else HEAD_EN[k])
            h = hs[hv]
        else:
            h = NEUTRAL_HEAD_ID.get(k, HEAD_ID[k]) if k in heads_neutral else HEAD_ID[k] if k != 'defs' else 'DEFINISI'
        if layout == 'gulf':
            L('Article (%d): %s' % (artno, ttl(h)))
            for j, it in enumerate(items):
                P('%d- ' % (j + 1), it)
        elif layout == 'dot':
            L('%d. %s' % (artno, h.upper() if hv == 0 else h))
            for j, it in enumerate(items):
                P('%d.%d ' % (artno, j + 1), it)
        elif layout == 'roman':
            L('ARTICLE %s - %s' % (ROMAN[artno], h.upper()))
            for j, it in enumerate(items):
                P('(%s) ' % 'abcdefghij'[j], it)
        elif layout == 'clause':
            L('Clause %d - %s' % (artno, ttl(h)))
            for j, it in enumerate(items):
                P('%d(%s) ' % (artno, 'abcdefghij'[j]), it)
        elif layout == 'inline':
            for j, it in enumerate(items):
                if j == 0:
                    P('%d. ' % artno, '%s. %s' % (h.upper(), it))
                else:
                    P('    ', it)
        elif layout == 'flat':
            for it in items:
                flatno += 1
                P('%d. ' % flatno, it)
        elif layout == 'pasal':
            L('Pasal %d' % artno)
            L(h)
            for j, it in enumerate(items):
                P('(%d) ' % (j + 1), it)
        elif layout == 'pasal_inline':
            L('PASAL %d - %s' % (artno, h))
            for j, it in enumerate(items):
                P('%s. ' % 'abcdefghij'[j], it)
        if layout not in ('flat',):
            L()
    if layout == 'flat':
        L()
    # signatures
    if en:
        L('Signed by the parties on the date first written above.')
        L()
        L('Signed for %s: ____________________    Signed by %s: ____________________' % (E, W))
        L('Witnessed for %s: ____________________' % A)
    else:
        L('Perjanjian ini dibuat dalam rangkap tiga, masing-masing mempunyai kekuatan hukum yang sama.')
        L()
        L('%s: ______________    %s: ______________    %s: ______________' % (E, W, A))
    # schedules
    sch_tags = []
    if 'table' in sched:
        L()
        sch_tags.append('table')
        if 'CTR-002' in ab_types:  # no neutral row may contradict a worker-paid cost clause
            base_rows = ROWS_NEUTRAL_FEE if en else ROWS_NEUTRAL_FEE_ID
        else:
            base_rows = ROWS_NEUTRAL if en else ROWS_NEUTRAL_ID
        rows = [fill(x) for x in base_rows] + extra['r']
        rng.shuffle(rows)
        if en:
            L(rng.choice(['SCHEDULE 1 - COSTS AND WHO BEARS THEM', 'Annex 1: Schedule of Costs and Deductions',
                          'APPENDIX A - RECRUITMENT COST STATEMENT']))
            hdr = ['Item', 'Amount', 'Paid / borne by']
        else:
            L('LAMPIRAN I - RINCIAN BIAYA')
            hdr = ['Uraian', 'Jumlah', 'Ditanggung oleh']
        cells = [hdr] + [[c.strip() for c in r.split('|')] for r in rows]
        w0 = max(vis(c[0]) for c in cells)
        w1 = max(len(c[1]) for c in cells)
        piped = rng.random() < 0.6
        for i, c in enumerate(cells):
            c0 = c[0] + ' ' * (w0 - vis(c[0]))
            if piped:
                L('%s | %s | %s' % (c0, c[1].ljust(w1), capfirst(c[2]) if c[2] != '-' else '-'))
                if i == 0:
                    L('-' * (w0 + 1) + '+' + '-' * (w1 + 2) + '+' + '-' * 16)
            else:
                L('%s   %s   %s' % (c0, c[1].ljust(w1), capfirst(c[2]) if c[2] != '-' else '-'))
    bullets = 0
    if 'annex' in sched:
        L()
        sch_tags.append('annex')
        if en:
            L(rng.choice(['ANNEX A - HOUSE RULES', 'Appendix 2: Accommodation and Site Rules (part of this Contract)',
                          'SCHEDULE 2 - RULES OF THE HOUSEHOLD']) if True else '')
            pool = HOUSE_RULES_DOM if dom else HOUSE_RULES
        else:
            L('LAMPIRAN II - TATA TERTIB')
            pool = HOUSE_RULES_ID
        items = rng.sample(pool, 3) + extra['i']
        rng.shuffle(items)
        style = rng.choice(['num', 'paren', 'dash'])
        bullets = 1 if style == 'dash' else 0
        for j, it in enumerate(items):
            P({'num': '%d) ' % (j + 1), 'paren': '(%s) ' % 'abcdefghij'[j], 'dash': '- '}[style], it)
    if 'declaration' in sched:
        L()
        sch_tags.append('declaration')
        L(rng.choice(["WORKER'S DECLARATION", 'Acknowledgement by the Worker']))
        P('', 'I, %s, confirm that:' % wname)
        items = [capfirst(fill(x)) for x in rng.sample(DECL_EN, 2)] + extra['d']
        rng.shuffle(items)
        for j, it in enumerate(items):
            it = it.rstrip(';.') + (';' if j < len(items) - 1 else '.')
            P('(%s) ' % ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][j], it)
        L('Signature of worker: ____________________   Date: ___________')
    if 'sms' in sched:
        L()
        sch_tags.append('sms')
        L(rng.choice(['ANNEX - NOTICES SENT TO WORKERS (copied from the group chat)',
                      'Appendix: messages to staff (WhatsApp), recorded by the agency']))
        msgs = rng.sample(SMS_NEUTRAL_DOM if dom else SMS_NEUTRAL, 2) + extra['s']
        rng.shuffle(msgs)
        month = None
        for j, m in enumerate(msgs):
            mo = rng.randrange(1, 13)
            month = month or mo
            P('[%02d/%02d %02d:%02d] ' % (3 + j * 4, month, rng.randrange(7, 22), rng.randrange(60)), m)
    # --- to lines
    hrng = random.Random(sp['seed'] + 2)
    lines = []
    for b in B:
        if b[0] == 'blank':
            lines.append('')
        elif b[0] == 'line':
            lines.append(b[1])
        else:
            has_mk = any(0xE000 <= ord(ch) < 0xF000 for ch in b[2])
            lines.extend(wrap(b[1], b[2], width, hang or b[3], hyph and not has_mk, hrng))
    while lines and lines[0] == '':
        lines.pop(0)
    # whole-contract capitals
    if sp.get('allcaps'):
        lines = [l.upper() for l in lines]
        caps_flag = 2
    # typographic quotes
    if typo:
        out = []
        for l in lines:
            l = re.sub(r'(^|[\s(\[\ue000-\uefff])"', '\\1\u201c', l)
            l = l.replace('"', '\u201d').replace("'", '\u2019')
            out.append(l)
        lines = out
    # footers
    frng = random.Random(sp['seed'] + 3)
    fst = frng.choice(FOOTERS if en else FOOTERS_ID)
    every = frng.randrange(38, 50)
    use_footer = frng.random() < 0.75
    if use_footer:
        npages = (len(lines) + every - 1) // every
        out = []
        for i, l in enumerate(lines):
            out.append(l)
            if (i + 1) % every == 0 and i + 1 < len(lines):
                out.append(fst.format(n=(i + 1) // every, m=npages, ref=ref))
        out.append('')
        out.append(fst.format(n=npages, m=npages, ref=ref))
        lines = out
    # labels
    labels = []
    for mk, t, form, idx in markers:
        where = [i for i, l in enumerate(lines) if mk in l]
        assert len(where) == 1, (sp['id'], t)
        labels.append((where[0] + 1, t, form, idx))
    debug = []
    for ln, t, form, idx in labels:
        l = lines[ln - 1]
        mk = [m for m, tt, ff, ii in markers if tt == t][0]
        debug.append('%s:%d %s %s | %s' % (sp['id'], ln, t, form, (l[l.index(mk):] + ' ' + (lines[ln] if ln < len(lines) else ''))[:110]))
    for kind, t, form, body, idx in chosen:
        if kind == 'look':
            debug.append('%s:LOOK %s %s %s#%d' % (sp['id'], t, form, lang, idx))
    debug.append('%s:INFO pre=%s layout=%s hyph=%d footer=%d width=%d' % (
        sp['id'], pre, layout, int(hyph), int(use_footer), width))
    lines = [re.sub('[\ue000-\uefff]', '', l).rstrip() for l in lines]
    text = '\n'.join(lines) + '\n'
    info = dict(layout=layout, pov=pov, caps=caps_flag, typo=int(typo), sched='+'.join(sch_tags) or '0',
                bullets=bullets, defs=int(defs), lines=len(lines), wage=wage_amt, code=d['code'],
                headings={'gulf': 'line', 'dot': 'line', 'roman': 'line', 'clause': 'line', 'inline': 'inline',
                          'flat': 'none', 'offer': 'none', 'pasal': 'pasal', 'pasal_inline': 'pasal'}[layout],
                hyph=hyph)
    labels.sort()
    return text, labels, info, debug


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(SEED)
    specs = plan(rng)
    # whole-contract capitals for two English contracts and one Indonesian
    en_ab = [s for s in specs if s['lang'] == 'en' and s['role'] in ('abuse', 'clean')]
    for s in (en_ab[5], en_ab[30]):
        s['allcaps'] = True
    [s for s in specs if s['lang'] == 'id' and s['role'] == 'abuse'][1]['allcaps'] = True
    os.makedirs(os.path.join(out, 'texts'), exist_ok=True)
    lab_rows, con_rows, com_rows, dbg = [], [], [], []
    for sp in specs:
        if sp['role'].startswith('pair'):
            snap = dict(USE)
            otext, _, oinfo, _ = build(sp, 'origin', specs)
            USE.clear()
            USE.update(snap)
            with open(os.path.join(out, 'texts', sp['id'] + '.origin.txt'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(otext)
            text, labels, info, debug = build(sp, 'dest', specs)
            info['wage'] = oinfo['wage']
        else:
            text, labels, info, debug = build(sp, 'single', specs)
        with open(os.path.join(out, 'texts', sp['id'] + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
        dbg.extend(debug)
        for ln, t, form, idx in sorted(labels):
            lab_rows.append([sp['id'], sp['lang'], t, str(ln)])
        if sp['role'] == 'ctr010':
            lab_rows.append([sp['id'], sp['lang'], 'CTR-010', ''])
        if sp['role'] == 'pairless':
            lab_rows.append([sp['id'], sp['lang'], 'CTR-011', ''])
        con_rows.append([sp['id'], sp['lang'], str(info['wage']), info['code']])
        role = {'pairless': 'pair', 'pairok': 'pair'}.get(sp['role'], sp['role'])
        detail = (','.join(t for ln, t, f_, i_ in sorted(labels)) if sp['role'] == 'abuse' else
                  '+'.join(sp['missing']) if sp['role'] == 'ctr010' else sp.get('change', ''))
        com_rows.append([sp['id'], sp['lang'], role, sp['sector'], sp['dest'], sp['orig'], detail,
                         ' '.join(sp['look']), info['pov'], info['layout'], info['headings'], str(info['caps']),
                         str(info['typo']), info['sched'], str(info['bullets']), '0', str(info['defs']), '',
                         str(info['lines'])])

    def wcsv(name, header, rows):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)
        with open(os.path.join(out, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(buf.getvalue())
    wcsv('labels.csv', ['contract', 'language', 'rule', 'line'], lab_rows)
    wcsv('contracts.csv', ['contract', 'language', 'wage', 'currency'], con_rows)
    wcsv('composition.csv', ['contract', 'language', 'role', 'sector', 'destination', 'origin', 'detail',
                             'lookalike_types', 'pov', 'numbering', 'headings', 'caps', 'typographic', 'schedule',
                             'bullets', 'footnote', 'definitions', 'bilingual', 'lines'], com_rows)
    if os.environ.get('M8_DEBUG'):
        os.makedirs(os.path.join(out, 'debug'), exist_ok=True)
        with open(os.path.join(out, 'debug', 'markers.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(dbg) + '\n')


if __name__ == '__main__':
    main()
