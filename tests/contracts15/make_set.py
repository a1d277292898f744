#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for contract evaluation batch 15 (U-001 .. U-040).

python3 make_set.py [outdir]   (default: the folder of this script)

Python 3 standard library only; deterministic (fixed seed, per-contract
random.Random seeded with strings). Writes texts/, labels.csv,
contracts.csv, composition.csv; when outdir is not this folder it also
copies README.md and the scripts. Prints a report: every labelled line with
the line before it, the line diff of each origin/destination pair, line
counts and look-alike usage.

Labels come from construction: every abusive clause carries a private-use
marker (U+E000 + n) from its wording through numbering, wrapping,
hyphenation, page footers, upper-casing and apostrophe folding; the label
is the 1-based line on which the marker ends up; the marker is then
removed. The changed term of a pair carries U+E0FF in both versions.
"""
import csv
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wording import LOOK  # noqa: E402

SEED = 20261515
MARK0 = 0xE000
PAIRMARK = '\ue0ff'
RULES = ['CTR-%03d' % i for i in range(1, 10)]


def is_mark(ch):
    return 0xE000 <= ord(ch) <= 0xF8FF


def vlen(s):
    return sum(1 for ch in s if not is_mark(ch))


class P(dict):
    def __missing__(self, k):
        raise KeyError(k)


def fill(s, p):
    return s.format_map(p)


# ---------------------------------------------------------------- places
DEST = {
    'HK': dict(country='Hong Kong', country_id='Hong Kong', cur='HKD',
               auth='the Labour Department (hotline 2717 1771)',
               auth_short='the Labour Department',
               auth_id='Labour Department Hong Kong (telepon 2717 1771)',
               law='the Employment Ordinance', day='Sunday', capital='Hong Kong'),
    'SG': dict(country='Singapore', country_id='Singapura', cur='SGD',
               auth='the Ministry of Manpower (helpline 1800 339 5505)',
               auth_short='the Ministry of Manpower',
               law='the Employment of Foreign Manpower Act', day='Sunday',
               capital='Singapore'),
    'TW': dict(country='Taiwan', country_id='Taiwan', cur='TWD',
               auth='the 1955 hotline of the Ministry of Labor',
               auth_short='the Ministry of Labor',
               auth_id='layanan pengaduan 1955 Kementerian Tenaga Kerja Taiwan',
               law='the law of Taiwan', day='Sunday', capital='Taipei'),
    'MY': dict(country='Malaysia', country_id='Malaysia', cur='MYR',
               auth='the Labour Department of Peninsular Malaysia (JTKSM)',
               auth_short='the Labour Department',
               auth_id='Jabatan Tenaga Kerja Semenanjung Malaysia (JTKSM)',
               law='the Employment Act 1955', day='Sunday',
               capital='Kuala Lumpur'),
    'SA': dict(country='Saudi Arabia', cur='SAR',
               auth='the Ministry of Human Resources and Social Development '
                    '(call centre 19911)',
               auth_short='the Ministry of Human Resources',
               law='the law of Saudi Arabia', day='Friday', capital='Riyadh'),
    'AE': dict(country='the United Arab Emirates', cur='AED',
               auth='the Ministry of Human Resources and Emiratisation '
                    '(call centre 600 590000)',
               auth_short='the Ministry of Human Resources and Emiratisation',
               law='the law of the United Arab Emirates', day='Friday',
               capital='Abu Dhabi'),
    'QA': dict(country='Qatar', cur='QAR',
               auth='the Ministry of Labour (hotline 16008)',
               auth_short='the Ministry of Labour', law='the Labour Law of Qatar',
               day='Friday', capital='Doha'),
    'KW': dict(country='Kuwait', cur='KWD',
               auth='the Public Authority for Manpower',
               auth_short='the Public Authority for Manpower',
               law='the law of Kuwait', day='Friday', capital='Kuwait City'),
    'OM': dict(country='Oman', cur='OMR',
               auth='the Ministry of Labour', auth_short='the Ministry of Labour',
               law='the Labour Law of Oman', day='Friday', capital='Muscat'),
    'BH': dict(country='Bahrain', cur='BHD',
               auth='the Labour Market Regulatory Authority (LMRA, call centre '
                    '17506055)',
               auth_short='the LMRA', law='the Labour Law of Bahrain',
               day='Friday', capital='Manama'),
    'JO': dict(country='Jordan', cur='JOD',
               auth='the complaints line of the Ministry of Labour',
               auth_short='the Ministry of Labour', law='the law of Jordan',
               day='Friday', capital='Amman'),
    'LB': dict(country='Lebanon', cur='USD',
               auth='the Ministry of Labour (hotline 1740)',
               auth_short='the Ministry of Labour', law='the law of Lebanon',
               day='Sunday', capital='Beirut'),
}

ORIGIN = {
    'PH': dict(name='the Philippines', city='Manila', lang='Filipino',
               auth='the Department of Migrant Workers (hotline 1348)'),
    'ID': dict(name='Indonesia', city='Jakarta', lang='Indonesian',
               auth='the BP2MI crisis centre'),
    'NP': dict(name='Nepal', city='Kathmandu', lang='Nepali',
               auth='the Department of Foreign Employment'),
    'BD': dict(name='Bangladesh', city='Dhaka', lang='Bangla',
               auth='the Bureau of Manpower, Employment and Training'),
    'LK': dict(name='Sri Lanka', city='Colombo', lang='Sinhala',
               auth='the Sri Lanka Bureau of Foreign Employment'),
    'IN': dict(name='India', city='Mumbai', lang='Hindi',
               auth='the MADAD portal of the Ministry of External Affairs'),
    'MM': dict(name='Myanmar', city='Yangon', lang='Burmese',
               auth='the Department of Labour in Yangon'),
    'KE': dict(name='Kenya', city='Nairobi', lang='Kiswahili',
               auth='the State Department for Labour'),
    'UG': dict(name='Uganda', city='Entebbe', lang='Luganda',
               auth='the Ministry of Gender, Labour and Social Development'),
    'ET': dict(name='Ethiopia', city='Addis Ababa', lang='Amharic',
               auth='the Ministry of Labour and Skills'),
}


def embassy(o, d):
    if d == 'HK':
        return 'the Consulate General of %s in Hong Kong' % ORIGIN[o]['name']
    if d == 'TW':
        return {'PH': 'the Manila Economic and Cultural Office in Taipei',
                'ID': 'the Indonesian Economic and Trade Office in Taipei'}[o]
    return 'the Embassy of %s in %s' % (ORIGIN[o]['name'], DEST[d]['capital'])


def money(cur, v, lang='en'):
    s = '{:,}'.format(v)
    if lang == 'id':
        s = s.replace(',', '.')
        pre = {'HKD': 'HK$ ', 'TWD': 'NT$ ', 'MYR': 'RM ', 'SGD': 'S$ '}
        return pre.get(cur, cur + ' ') + s
    pre = {'HKD': 'HK$', 'TWD': 'NT$', 'MYR': 'RM', 'SGD': 'S$'}
    return pre.get(cur, cur + ' ') + s


NUM_EN = {1: 'one', 2: 'two', 3: 'three'}
NUM_ID = {1: 'satu', 2: 'dua', 3: 'tiga', 7: 'tujuh', 8: 'delapan',
          9: 'sembilan', 10: 'sepuluh', 11: 'sebelas', 12: 'dua belas',
          14: 'empat belas'}
ORD = {5: 'fifth', 7: 'seventh', 10: 'tenth', 3: 'third'}

# ---------------------------------------------------------------- contracts
# Abusive items: (place, rule, ...)  place = qa (question, answer) |
# add (addendum item) | body (section key, text) | rule (house rule) |
# bullet (terms at a glance).  '^' marks where the abusive sentence starts
# when it is not the start of the item.
C = []


def K(**kw):
    C.append(kw)


K(id='U-001', lang='en', role='abuse', sector='domestic', dest='HK', origin='PH',
  sex='F', form='faq', wage=5100, E='the Employer', W='the Helper',
  employer='Mr and Mrs Chan Ka Wai',
  emp_addr='Flat 12B, Block 3, Kornhill Gardens, Quarry Bay, Hong Kong',
  worker='Maricel D. Santos', agency='Bayanihan Placement Services, Inc.',
  partner='Harbour Helpers Employment Agency Ltd.', typo=1, faqstyle='Qn',
  abuses=[
      ('qa', 'CTR-001', "Can I keep my passport and my HKID card with me?",
       "Both are looked after by your employer, who keeps them in the family "
       "safe from your first working day until you leave Hong Kong. You may "
       "ask to see them whenever you need them."),
      ('qa', 'CTR-006', "Am I allowed to have a boyfriend, or to get married?",
       "No. For the whole two years you agree not to date, get engaged or "
       "marry, and a helper who does any of these will have her contract "
       "ended by the family."),
  ])

K(id='U-002', lang='en', role='abuse', sector='construction', dest='QA',
  origin='NP', sex='M', form='std', wage=1300, E='the Employer', W='the Worker',
  employer='Al Dafna Contracting W.L.L.', emp_addr='P.O. Box 22841, Doha',
  site="the Employer's project sites in Doha and Lusail", job='steel fixer',
  hostel="the Employer's labour accommodation at Barwa Al Baraha",
  worker='Ram Bahadur Thapa', agency='Sagarmatha Overseas Manpower Pvt. Ltd.',
  partner='Pearl Gulf Recruitment W.L.L.', addkind='SIDE AGREEMENT',
  addnum='(a)', numbering='dotted',
  abuses=[
      ('add', 'CTR-002',
       "The service charge of NPR 110,000 payable to the Agency for arranging "
       "this employment is deducted by the Employer from the Worker's salary "
       "in five equal monthly instalments and transferred to the Agency."),
      ('add', 'CTR-003',
       "Where the Worker leaves his employment before the end of the second "
       "year, for whatever reason, he shall pay the Employer QAR 400 for every "
       "month remaining, as a contribution to the visa, air ticket and "
       "recruitment expenses."),
      ('add', 'CTR-008',
       "The Worker undertakes not to seek a change of employer, and not to "
       "accept work from any other person in Qatar, until this Contract has "
       "run its full course."),
  ])

K(id='U-003', lang='en', role='clean', sector='manufacturing', dest='MY',
  origin='BD', sex='M', form='house', wage=1700, E='the Company',
  W='the Employee', employer='Perak Precision Components Sdn. Bhd.',
  emp_addr='Lot 1452, Kawasan Perindustrian Kamunting, 34600 Kamunting, Perak',
  site="the Company's factory at Kamunting, Perak", job='production operator',
  hostel="the Company's hostel at Taman Kamunting Jaya",
  worker='Md. Rafiqul Islam', agency='Padma Overseas Recruiting Agency (RL-1187)',
  house_title='DORMITORY RULES', numbering='article', abuses=[])

K(id='U-004', lang='id', role='abuse', sector='domestic', dest='HK',
  origin='ID', sex='F', form='faq', wage=5100, employer='Keluarga Wong Siu Ming',
  emp_addr='Flat 8C, Tower 2, Laguna City, Kwun Tong, Kowloon',
  worker='Siti Rahmawati', agency='PT Cahaya Bakti Mandiri',
  partner='Victoria Link Employment Agency Ltd.', emb_id='KJRI Hong Kong',
  faqstyle='TJ',
  abuses=[
      ('qa', 'CTR-001', "Apakah saya boleh memegang paspor saya sendiri?",
       "Selama masa kontrak, paspor Anda disimpan di kantor agensi mitra kami "
       "di Causeway Bay supaya tidak hilang; jika paspor diperlukan untuk "
       "perpanjangan visa, petugas agensi yang mengurusnya."),
      ('qa', 'CTR-007', "Bagaimana gaji saya dibayarkan?",
       "Gaji dibayar tunai setiap bulan. ^Namun, HK$ 1.500 dari gaji setiap "
       "bulan disisihkan dan disimpan oleh majikan sebagai tabungan Anda, dan "
       "seluruh tabungan itu diserahkan kepada Anda sekaligus pada hari "
       "kepulangan."),
  ])

K(id='U-005', lang='en', role='ctr010', sector='cleaning', dest='AE',
  origin='UG', sex='F', form='std', wage=1200, E='the Employer', W='the Worker',
  employer='Emirates Shine Facility Services LLC',
  emp_addr='Office 304, Al Qusais Industrial Area 2, Dubai',
  site='client premises in Dubai assigned by the Employer', job='cleaner',
  hostel="the Employer's staff accommodation at Al Qusais",
  worker='Grace Nakato', agency='Kampala Gateway Recruitment Ltd.',
  partner='Desert Rose Manpower Services', addkind='SUPPLEMENTARY TERMS',
  addnum='(i)', numbering='article', missing=['complaint'],
  decoys={'medical': "Any injury suffered at work is entered in the site "
                     "accident book by the supervisor on duty."},
  abuses=[])

K(id='U-006', lang='en', role='abuse', sector='care', dest='LB', origin='ET',
  sex='F', form='defs', wage=300, E='the Employer', W='the Caregiver',
  employer='Mr Georges Khoury',
  emp_addr='Saab Building, 4th floor, Mar Elias Street, Beirut',
  patient="the Employer's mother, Mrs Mona Khoury", worker='Tigist Alemu',
  agency='Addis Horizon Overseas Employment Agency', hyph=1, numbering='dotted',
  no_look=['CTR-007'],
  defs=['"Medical Clearance" means a written certificate from a laboratory '
        'chosen by the Employer.',
        '"Security Sum" means an amount equal to two months of the Salary.'],
  abuses=[
      ('body', 'CTR-003', 'wage',
       "The Security Sum is taken from the Caregiver's first four salaries in "
       "equal parts and held by the Employer until the Term is completed; it "
       "is not repaid if the Caregiver leaves the household before that "
       "date."),
      ('body', 'CTR-005', 'medical',
       "Every six months, and on her return from any leave, the Caregiver "
       "provides a Medical Clearance that includes a pregnancy test, and a "
       "positive result ends her employment."),
  ])

K(id='U-007', lang='en', role='pair', sector='domestic', dest='SA', origin='PH',
  sex='F', form='std', wage=400, cur='USD', E='the Employer', W='the Worker',
  employer='Mr Saad Al-Otaibi', emp_addr='Al Nakheel District, Riyadh',
  worker='Jocelyn P. Reyes', agency='Luzon Star Manpower Corp.',
  partner='Al Yamamah Recruitment Office', numbering='dotted',
  pair=dict(key='wage', origin='USD 400', dest='SAR 1,200', labelled=1,
            detail='wage-currency'),
  abuses=[])

K(id='U-008', lang='en', role='abuse', sector='hospitality', dest='BH',
  origin='IN', sex='M', form='glance', wage=180, E='the Company',
  W='the Employee', employer='Seef Gardens Hotel W.L.L.',
  emp_addr='Road 2825, Seef District, Manama',
  site='the Seef Gardens Hotel, Manama', job='kitchen steward',
  hostel='the staff accommodation at Salmabad', worker='Suresh Kumar Nair',
  agency='Malabar Overseas Manpower Consultants (RA B-0921/KER)',
  origin_city='Kochi', lang_name='Malayalam', numbering='section',
  glance_help=False,
  abuses=[
      ('bullet', 'CTR-002',
       "Agency service fee: BHD 150, paid by you and recovered from your "
       "first three salaries at BHD 50 a month"),
      ('bullet', 'CTR-009',
       "Grievances: to the hotel's HR office only; going to the LMRA or to "
       "your embassy without HR approval is a disciplinary offence"),
  ])

K(id='U-009', lang='en', role='abuse', sector='domestic', dest='KW', origin='LK',
  sex='F', form='house', wage=120, wage_words='one hundred and twenty Kuwaiti '
  'dinars', E='the Employer', W='the Worker', employer='Mr Fahad Al-Mutairi',
  emp_addr='Block 4, Street 12, House 7, Salwa, Kuwait',
  worker='Nilmini Perera',
  agency='Ceylon Crown Foreign Employment Agency (SLBFE licence 1642)',
  house_title='HOUSE RULES', numbering='dotted',
  abuses=[
      ('body', 'CTR-007', 'wage',
       "For the Worker's benefit, her salary is kept by the Employer and "
       "handed to her in one sum on the day she flies home, except for KWD 15 "
       "paid to her each month as pocket money."),
      ('rule', 'CTR-004',
       "The worker spends her rest day at home and goes out only with Madam "
       "or with another member of the family."),
      ('rule', 'CTR-006',
       "No friendship with a man, whether a driver, a neighbour or anyone met "
       "outside, is permitted, and the worker may not marry while in "
       "service."),
  ])

K(id='U-010', lang='id', role='ctr010', sector='care', dest='TW', origin='ID',
  sex='F', form='faq', wage=20000, employer='Keluarga Lin Chih-Hao',
  emp_addr='No. 45, Lane 18, Wenxin Road, Beitun District, Taichung',
  patient_id='ibu majikan yang berusia lanjut', worker='Dewi Lestari',
  agency='PT Sinar Harapan Sejahtera', partner='Formosa Care Manpower Agency',
  emb_id='KDEI Taipei', faqstyle='TanyaJawab', missing=['rest', 'complaint'],
  abuses=[])

K(id='U-011', lang='en', role='abuse', sector='manufacturing', dest='TW',
  origin='PH', sex='F', form='defs', wage=28590, E='the Company', W='the Worker',
  employer='Hsin Yuan Electronics Co., Ltd.',
  emp_addr='No. 88, Industrial Road, Guanyin District, Taoyuan City',
  site="the Company's plant at Guanyin, Taoyuan", job='production operator',
  hostel="the Company's dormitory at Guanyin", worker='Analyn T. Bautista',
  agency='Pag-asa Overseas Recruitment Agency', numbering='article',
  defs=['"Documents" means the Worker\'s passport and Alien Resident '
        'Certificate.'],
  abuses=[
      ('body', 'CTR-001', 'documents',
       "The Documents are lodged with the dormitory office on the Worker's "
       "arrival and kept there throughout the Term, save when the Worker "
       "needs them for home leave, when they are released against her "
       "signature."),
  ])

K(id='U-012', lang='en', role='abuse', sector='agriculture', dest='OM',
  origin='BD', sex='M', form='std', wage=120, E='the Employer', W='the Worker',
  employer='Al Batinah Green Farms LLC',
  emp_addr='Wilayat Barka, South Al Batinah Governorate',
  site="the Employer's farm at Barka", job='farm worker',
  hostel='the workers\' housing on the farm', worker='Abdul Karim Mia',
  agency='Meghna Overseas Ltd. (RL-0954)',
  partner='Sohar Manpower Services LLC', addkind="EMPLOYER'S SPECIAL CONDITIONS",
  addnum='(A)', caps=1, numbering='section',
  abuses=[
      ('add', 'CTR-004',
       "From October to March the weekly rest day does not apply: the Worker "
       "works every day of the week as the farm requires, and the rest days "
       "are made up after the season."),
      ('add', 'CTR-009',
       "Any disagreement about wages or work is decided by the farm owner, "
       "whose decision the Worker accepts as final, and the Worker shall not "
       "take it to the Ministry of Labour, the courts or the Embassy of "
       "Bangladesh."),
  ])

K(id='U-013', lang='en', role='abuse', sector='domestic', dest='JO', origin='KE',
  sex='F', form='faq', wage=290, E='the Employer', W='the Worker',
  employer='Mr and Mrs Haddad', emp_addr='Khalda, Amman',
  worker='Faith Wanjiru Kamau', agency='Rift Valley Employment Bureau Ltd.',
  partner='Amman Star Domestic Recruitment Office', hyph=1, faqstyle='QA',
  abuses=[
      ('qa', 'CTR-002',
       "Who pays for the medical examination and the training course in "
       "Nairobi?",
       "These costs are borne by you. They come to JOD 160 and are deducted "
       "from your first four salaries in Amman, at JOD 40 a month."),
      ('qa', 'CTR-005', "What happens if I become pregnant?",
       "Your employer will end the contract, and you will be flown home as "
       "soon as a doctor confirms the pregnancy."),
      ('qa', 'CTR-008',
       "Can I move to another family if things do not work out?",
       "Only if your first employer signs a release, and no employer is "
       "obliged to sign one; until then you stay with the same family for the "
       "full contract."),
  ])

K(id='U-014', lang='en', role='ctr010', sector='construction', dest='SA',
  origin='IN', sex='M', form='glance', wage=1500, E='the Company',
  W='the Employee', employer='Najd Building Contractors Co.',
  emp_addr='Al Sulay District, Riyadh',
  site="the Company's project sites in Riyadh Province", job='mason',
  hostel="the Company's labour camp at Al Sulay",
  worker='Mohammed Irfan Shaikh',
  agency='Deccan Overseas Placements (RA B-1544/MUM)', numbering='dotted',
  missing=['hours'],
  decoys={'bullet': "Attendance: recorded by fingerprint at the site gate",
          'hours': ["Attendance is recorded by fingerprint at the site gate at "
                    "the start and end of each shift.",
                    "Overtime, when worked, is paid at 150 per cent of the "
                    "basic hourly rate."]},
  abuses=[])

K(id='U-015', lang='en', role='abuse', sector='cleaning', dest='SG', origin='MM',
  sex='F', form='std', wage=1050, E='the Employer', W='the Worker',
  employer='BrightWay Cleaning Services Pte. Ltd.',
  emp_addr='10 Ubi Crescent, #05-22, Singapore 408564',
  site='client buildings in Singapore assigned by the Employer', job='cleaner',
  hostel='a dormitory provided by the Employer at Tuas South',
  worker='Khin Thandar Aye',
  agency='Golden Lotus Overseas Employment Agency (Yangon)',
  partner='Lion City Manpower Pte. Ltd.', addkind='SUPPLEMENTARY TERMS',
  addnum='S', numbering='dotted',
  abuses=[
      ('add', 'CTR-007',
       "Each month the Employer pays half of the Worker's basic salary into a "
       "savings scheme that it administers on her behalf; the savings are "
       "paid out to her, with any other sums due, when her work permit is "
       "cancelled at the end of service."),
  ])

K(id='U-016', lang='id', role='abuse', sector='care', dest='TW', origin='ID',
  sex='F', form='std', wage=20000, employer='Keluarga Chen Wen-Lung',
  emp_addr='No. 15, Lane 32, Minsheng Road, Banqiao District, New Taipei City',
  patient_id='ayah Pemberi Kerja', worker='Nur Aini',
  agency='PT Mitra Karya Utama', partner='Da Yu Manpower Agency',
  emb_id='KDEI Taipei', addkind='ADENDUM', addnum='num', dur=3,
  abuses=[
      ('add', 'CTR-005',
       "Apabila dalam masa kontrak Pekerja diketahui hamil, Pemberi Kerja "
       "dapat mengakhiri Perjanjian Kerja ini dan Pekerja dipulangkan ke "
       "Indonesia."),
      ('add', 'CTR-008',
       "Selama masa kontrak tiga tahun, Pekerja tidak akan mengajukan "
       "permohonan pindah majikan, dan surat pengunduran diri Pekerja tidak "
       "diterima sebelum kontrak berakhir."),
  ])

K(id='U-017', lang='en', role='clean', sector='domestic', dest='SG', origin='MM',
  sex='F', form='faq', wage=650, E='the Employer', W='the Helper',
  employer='Mr and Mrs Lim Boon Huat',
  emp_addr='Blk 415, Bedok North Avenue 2, #08-115, Singapore 460415',
  worker='Moe Moe Aye', agency='Shwe Pyi Overseas Employment Agency',
  partner='Kind Hands Maid Agency Pte. Ltd.', faqstyle='num', abuses=[])

K(id='U-018', lang='en', role='abuse', sector='hospitality', dest='AE',
  origin='KE', sex='F', form='house', wage=1500, E='the Company',
  W='the Employee', employer='Marina Crescent Hotel LLC',
  emp_addr='Al Sufouh Road, Dubai Marina, Dubai',
  site='the Marina Crescent Hotel, Dubai', job='room attendant',
  hostel='the staff accommodation at Al Quoz', worker='Mercy Atieno Otieno',
  agency='Coastline Recruitment Agency Ltd.', origin_city='Mombasa',
  house_title='STAFF ACCOMMODATION RULES', numbering='article',
  abuses=[
      ('rule', 'CTR-001',
       "Passports are collected by HR on the first day and kept in the HR "
       "safe for the length of employment; a certified copy is issued to each "
       "resident to carry."),
      ('rule', 'CTR-004',
       "Outside duty hours, residents leave the accommodation only by the "
       "staff bus and in the company of a supervisor; the gate log is checked "
       "each evening."),
      ('rule', 'CTR-006',
       "Staff members remain single while employed by the hotel; a marriage, "
       "including one entered into during home leave, is treated as a "
       "resignation."),
  ])

K(id='U-019', lang='en', role='abuse', sector='construction', dest='KW',
  origin='NP', sex='M', form='defs', wage=100, E='the Company', W='the Employee',
  employer='Gulf Horizon General Trading & Contracting Co. W.L.L.',
  emp_addr='Block 2, Shuwaikh Industrial Area, Kuwait',
  site="the Company's building sites in Kuwait", job='carpenter',
  hostel='the labour accommodation at Jleeb Al-Shuyoukh',
  worker='Bishnu Prasad Adhikari', agency='Annapurna Global Manpower Pvt. Ltd.',
  typo=1, numbering='dotted',
  defs=['"Release" means a written no-objection letter from the Company '
        'allowing the transfer of the Employee\'s residence to another '
        'employer.',
        '"Visa Costs" means the fees for the entry visa, the work permit, the '
        'medical fitness test and fingerprinting in Kuwait.'],
  abuses=[
      ('body', 'CTR-002', 'costs',
       "The Company is not responsible for the Visa Costs or for any fee "
       "charged by the Agency."),
      ('body', 'CTR-008', 'termination',
       "The Employee may not resign, or move to another employer in Kuwait, "
       "without a Release, and the Company is under no duty to grant one."),
  ])

K(id='U-020', lang='en', role='abuse', sector='manufacturing', dest='MY',
  origin='NP', sex='M', form='glance', wage=1700, E='the Company',
  W='the Employee', employer='Selangor Polyfoam Industries Sdn. Bhd.',
  emp_addr='Lot 7, Jalan Perusahaan 3, Kawasan Perindustrian Beranang, '
           '43700 Beranang, Selangor',
  site="the Company's factory at Beranang", job='machine operator',
  hostel="the Company's hostel at Beranang", worker='Dil Bahadur Gurung',
  agency='Kathmandu Valley Overseas Pvt. Ltd.', hyph=1, numbering='article',
  dur=3,
  abuses=[
      ('bullet', 'CTR-003',
       "Guarantor: a relative signs as your guarantor in Kathmandu and is "
       "liable to the agency for NPR 300,000 if you leave the job before "
       "three years"),
      ('body', 'CTR-007', 'wage',
       "Each month the Company remits RM1,300 of the salary to the Employee's "
       "family in Nepal through the Agency and pays the remainder to the "
       "Employee in cash."),
  ])

K(id='U-021', lang='en', role='pair', sector='construction', dest='QA',
  origin='BD', sex='M', form='std', wage=1200, E='the Employer', W='the Worker',
  employer='Lusail Civil Works W.L.L.', emp_addr='P.O. Box 31177, Doha',
  site="the Employer's project sites in Qatar", job='mason',
  hostel="the Employer's labour accommodation at Al Wakrah",
  worker='Md. Shahidul Alam', agency='Jamuna Overseas Ltd. (RL-0711)',
  partner='Doha Bay Manpower W.L.L.', numbering='section',
  pair=dict(key=None, labelled=0, detail='identical'), abuses=[])

K(id='U-022', lang='en', role='abuse', sector='domestic', dest='SA', origin='UG',
  sex='F', form='std', wage=1000, E='the Employer', W='the Worker',
  employer='Mr Khalid Al-Harbi', emp_addr='Al Rawdah District, Jeddah',
  worker='Sarah Namutebi',
  agency='Pearl of Africa External Labour Agency Ltd.',
  partner='Al Hijaz Domestic Recruitment Office', addkind='ADDENDUM',
  addnum='A.', numbering='article', dest_city='Jeddah',
  abuses=[
      ('add', 'CTR-001',
       "The Worker has asked the Employer to look after her passport and "
       "iqama, and the Employer keeps both in the family safe until her final "
       "exit from the Kingdom."),
      ('add', 'CTR-005',
       "Within seven days of arrival the Worker undergoes pregnancy and HIV "
       "tests at a clinic chosen by the Employer, and her employment "
       "continues only if both results are negative."),
      ('add', 'CTR-009',
       "The Worker shall not contact her embassy, any association or the "
       "press about her work except with the Employer's permission."),
  ])

K(id='U-023', lang='en', role='abuse', sector='care', dest='HK', origin='PH',
  sex='F', form='house', wage=5200, E='the Employer', W='the Helper',
  employer='Mrs Leung Mei Ling',
  emp_addr='Flat 21A, Block 5, Whampoa Garden, Hung Hom, Kowloon',
  patient="the Employer's mother, Madam Ho", worker='Rowena C. Mendoza',
  agency='Mindanao Bright Future Manpower Services',
  partner='Kowloon Care Employment Agency', typo=1,
  house_title='HOUSEHOLD RULES', house_you=True, numbering='section',
  abuses=[
      ('rule', 'CTR-004',
       "Your mobile phone stays with Mrs Leung from Monday to Saturday; "
       "you'll get it back each Sunday morning."),
      ('rule', 'CTR-007',
       "Your salary is held by Mrs Leung for you, and you may ask for an "
       "amount when you need it; the balance is settled when the contract "
       "ends."),
  ])

K(id='U-024', lang='en', role='ctr010', sector='manufacturing', dest='TW',
  origin='PH', sex='M', form='defs', wage=28590, E='the Company', W='the Worker',
  employer='Da Tung Metal Works Co., Ltd.',
  emp_addr='No. 21, Gongye 5th Road, Taiping District, Taichung City',
  site="the Company's plant at Taiping, Taichung", job='production worker',
  hostel="the Company's dormitory at Taiping", worker='Rodel A. Cruz',
  agency='Visayas Skilled Workers Placement Agency', caps=1,
  numbering='dotted', missing=['return'], dur=3,
  decoys={'travel': ["The Company meets the Worker at Taoyuan International "
                     "Airport on the Arrival Date and pays his transport to "
                     "the dormitory.",
                     "After eighteen months of service the Worker may take up "
                     "to thirty days of unpaid home leave."]},
  abuses=[])

K(id='U-025', lang='id', role='abuse', sector='domestic', dest='MY',
  origin='ID', sex='F', form='house', wage=1500,
  employer='Encik Ahmad Fauzi bin Ismail',
  emp_addr='No. 23, Jalan SS 2/64, Petaling Jaya, Selangor',
  worker='Sri Wahyuni', agency='PT Bintang Timur Perkasa',
  partner='Agensi Pekerjaan Seri Mawar Sdn. Bhd.', emb_id='KBRI Kuala Lumpur',
  hyph=1, house_title='PERATURAN RUMAH',
  abuses=[
      ('rule', 'CTR-004',
       "Pagar depan selalu dikunci, dan Pekerja hanya boleh keluar rumah "
       "apabila ditemani majikan atau anggota keluarganya, termasuk pada hari "
       "libur."),
      ('rule', 'CTR-006',
       "Pekerja tidak boleh menjalin hubungan asmara dengan siapa pun dan "
       "tidak boleh menikah sebelum kontrak berakhir."),
  ])

K(id='U-026', lang='en', role='abuse', sector='cleaning', dest='BH', origin='BD',
  sex='M', form='faq', wage=140, E='the Company', W='the Employee',
  employer='Manama Facility Care W.L.L.',
  emp_addr='Building 1120, Road 4025, Sanabis, Manama',
  site='client sites across Bahrain', job='cleaner',
  hostel='the company accommodation at Tubli', worker='Mohammad Jahangir Hossain',
  agency='Surma Overseas Recruiting Agency (RL-1320)', faqstyle='Qn',
  abuses=[
      ('qa', 'CTR-002', "Do I pay anything to get this job?",
       "The company charges no fee, except the BHD 90 work permit charge and "
       "BHD 60 for your medical test and training, which are deducted from "
       "your first salary."),
      ('qa', 'CTR-003', "What if I want to go home before the contract ends?",
       "You may resign with one month's notice. ^A cleaner who resigns in the "
       "first two years must first refund BHD 450 of recruitment and visa "
       "costs to the company."),
      ('qa', 'CTR-009', "Can I join a workers' association or union?",
       "No. Joining a union, an association or a community group is not "
       "allowed for our cleaners and can lead to dismissal."),
  ])

K(id='U-027', lang='en', role='abuse', sector='hospitality', dest='OM',
  origin='LK', sex='F', form='std', wage=160, E='the Employer', W='the Worker',
  employer='Qurum Sands Resort LLC', emp_addr='Qurum Beach, Muscat',
  site='the Qurum Sands Resort, Muscat', job='waitress',
  hostel='the staff housing at Al Khuwair', worker='Dilani Jayasuriya',
  agency='Lanka Pearl Manpower Services (SLBFE licence 2011)',
  partner='Muscat Hospitality Staffing LLC', addkind='SIDE AGREEMENT',
  addnum='roman', numbering='dotted',
  abuses=[
      ('add', 'CTR-006',
       "The Worker shall not marry, or live with a partner, in Oman or in Sri "
       "Lanka, while this Contract is in force, failing which the Contract "
       "ends."),
      ('add', 'CTR-008',
       "The Worker may not leave the Sultanate before the Contract expires, "
       "whether on resignation or otherwise, unless the Employer has signed "
       "her exit application."),
  ])

K(id='U-028', lang='en', role='clean', sector='care', dest='JO', origin='LK',
  sex='F', form='std', wage=310, E='the Employer', W='the Caregiver',
  employer='Mr Omar Nasser', emp_addr='Third Circle, Jabal Amman, Amman',
  patient="the Employer's father, Mr Yousef Nasser",
  worker='Kumari Wickramasinghe',
  agency='Colombo Care Overseas Employment (SLBFE licence 1875)',
  partner='Jordan Home Services Recruitment Office', addkind='ADDENDUM',
  addnum='num', numbering='article', abuses=[])

K(id='U-029', lang='en', role='abuse', sector='construction', dest='SG',
  origin='BD', sex='M', form='house', wage=900, E='the Company',
  W='the Employee', employer='Kranji Builders Pte. Ltd.',
  emp_addr='21 Sungei Kadut Street 4, Singapore 729048',
  site="the Company's construction sites in Singapore",
  job='formwork carpenter', hostel='the Tuas View Dormitory',
  worker='Md. Kamrul Hasan', agency='Sylhet Star Overseas Ltd. (RL-1502)',
  hyph=1, house_title='DORMITORY RULES', numbering='dotted',
  abuses=[
      ('body', 'CTR-002', 'costs',
       "Costs incurred in Bangladesh for the skills test, the in-principle "
       "approval and the pre-departure training are borne by the Employee and "
       "are not refunded by the Company."),
      ('rule', 'CTR-004',
       "Residents are on call at all times, rest days included, and report "
       "to the site within one hour of being called by the supervisor."),
  ])

K(id='U-030', lang='en', role='abuse', sector='domestic', dest='AE', origin='ET',
  sex='F', form='glance', wage=1100, E='the Employer', W='the Worker',
  employer='Mr Hamad Al-Suwaidi',
  emp_addr='Villa 14, Street 22, Al Mushrif, Abu Dhabi',
  worker='Hiwot Tesfaye', agency='Blue Nile Overseas Employment Agency',
  numbering='section', dest_city='Abu Dhabi',
  abuses=[
      ('bullet', 'CTR-001',
       "Passport: handed to your sponsor on arrival and kept by the sponsor "
       "until you leave the UAE"),
      ('body', 'CTR-005', 'medical',
       "If the Worker becomes pregnant during the Term, the Employer may "
       "terminate this Contract and arrange her return to Ethiopia."),
  ])

K(id='U-031', lang='id', role='pair', sector='manufacturing', dest='MY',
  origin='ID', sex='F', form='std', wage=1700,
  employer='Penang Microtech Assembly Sdn. Bhd.',
  emp_addr='Plot 88, Lorong Perusahaan Maju 6, Prai Industrial Park, 13600 '
           'Prai, Pulau Pinang',
  site_id='pabrik Perusahaan di Prai, Pulau Pinang',
  job_id='operator produksi', hostel_id='Perusahaan di Seberang Jaya',
  worker='Rina Marlina', agency='PT Duta Jasa Insani',
  partner='Agensi Pekerjaan Mutiara Utara Sdn. Bhd.', emb_id='KJRI Penang',
  dest_city='Penang',
  pair=dict(key='wh_words', origin='empat puluh lima',
            dest='empat puluh delapan', labelled=1, detail='hours-words'),
  abuses=[])

K(id='U-032', lang='en', role='abuse', sector='manufacturing', dest='SA',
  origin='IN', sex='M', form='std', wage=1600, E='the Employer', W='the Worker',
  employer='Riyadh Polymer Industries Co.',
  emp_addr='Second Industrial City, Riyadh',
  site="the Employer's plant in the Second Industrial City, Riyadh",
  job='machine operator', hostel="the Employer's staff housing at Al Sulay",
  worker='Rajesh Kumar Yadav',
  agency='Ganga Overseas Manpower Services (RA B-0388/DEL)',
  origin_city='Delhi', partner='Al Olaya Recruitment Co.',
  addkind='SUPPLEMENTARY TERMS', addnum='sub', caps=1, numbering='dotted',
  abuses=[
      ('add', 'CTR-003',
       "A training bond of SAR 4,000 applies to the Worker and becomes "
       "payable to the Employer if he leaves its service, for any reason, "
       "within 24 months of arrival."),
      ('add', 'CTR-009',
       "Grievances are settled inside the Employer's organisation, and by "
       "signing these terms the Worker gives up any claim before the labour "
       "courts of the Kingdom concerning this employment."),
  ])

K(id='U-033', lang='en', role='ctr010', sector='domestic', dest='QA',
  origin='KE', sex='F', form='house', wage=1400, E='the Employer',
  W='the Worker', employer='Mr Ali Al-Kuwari',
  emp_addr='Villa 31, Street 970, Al Waab, Doha', worker='Beatrice Chebet',
  agency='Nairobi Domestic Placement Services Ltd.',
  house_title='HOUSE RULES', numbering='article', missing=['wage'],
  decoys={'wage': ["The salary is the amount approved for the Worker in her "
                   "entry visa application and is paid monthly by bank "
                   "transfer.",
                   "A pay slip is given to the Worker with each payment."]},
  abuses=[])

K(id='U-034', lang='id', role='abuse', sector='agriculture', dest='MY',
  origin='ID', sex='M', form='defs', wage=1700,
  employer='Ladang Sri Kenangan Sdn. Bhd.',
  emp_addr='Batu 12, Jalan Kluang-Mersing, 86000 Kluang, Johor',
  site_id='kebun kelapa sawit Perusahaan di Kluang, Johor',
  job_id='pekerja kebun', hostel_id='perumahan pekerja di kebun',
  worker='Agus Setiawan', agency='PT Karya Bumi Nusantara',
  emb_id='KJRI Johor Bahru', dest_city='Johor Bahru',
  defs=['"Mandor" adalah pengawas kebun yang ditunjuk Perusahaan untuk blok '
        'tempat Pekerja bekerja.',
        '"Uang Jaminan" adalah uang sebesar RM 1.000 (seribu ringgit).'],
  abuses=[
      ('body', 'CTR-003', 'durasi',
       "Sebelum berangkat, Pekerja menyetorkan Uang Jaminan kepada Perusahaan "
       "melalui Agensi; Uang Jaminan dikembalikan setelah masa kontrak "
       "selesai dan menjadi milik Perusahaan apabila Pekerja berhenti sebelum "
       "waktunya."),
      ('body', 'CTR-009', 'pengaduan',
       "Segala keluhan tentang pekerjaan hanya disampaikan kepada Mandor, dan "
       "Pekerja tidak akan membawanya ke Jabatan Tenaga Kerja, KJRI Johor "
       "Bahru atau serikat pekerja."),
  ])

K(id='U-035', lang='en', role='pair', sector='care', dest='TW', origin='PH',
  sex='F', form='std', wage=20000, E='the Employer', W='the Caregiver',
  employer='Mr Chen Kuo-Hua',
  emp_addr='No. 6, Alley 3, Lane 120, Zhongzheng Road, Tainan',
  patient="the Employer's father", worker='Liza M. Villanueva',
  agency='Northern Luzon Caregivers Placement Agency',
  partner='Tainan Harmony Manpower Agency', numbering='article', dur=3,
  dest_city='Kaohsiung',
  pair=dict(key='job', origin="Caregiver to the Employer's father",
            dest='Caregiver and housemaid for the whole household',
            labelled=1, detail='job'),
  abuses=[])

K(id='U-036', lang='en', role='abuse', sector='hospitality', dest='QA',
  origin='NP', sex='F', form='faq', wage=1500, E='the Company',
  W='the Employee', employer='Corniche Pearl Hotel W.L.L.',
  emp_addr='Corniche Street, West Bay, Doha',
  site='the Corniche Pearl Hotel, Doha', job='housekeeping attendant',
  hostel='the staff housing at Al Sadd', worker='Sabina Tamang',
  agency='Himal Sathi Manpower Pvt. Ltd.', typo=1, faqstyle='QA',
  abuses=[
      ('qa', 'CTR-006', "Can I get married while I'm working in Doha?",
       "Not during your first contract: the hotel ends the employment of any "
       "staff member who marries, whether in Qatar or at home."),
      ('qa', 'CTR-007', "How is my salary paid?",
       "Your monthly salary is credited to the hotel's staff fund, which pays "
       "the whole accumulated amount to you when you finish your contract; "
       "until then you receive QAR 200 a month in cash for your needs."),
  ])

K(id='U-037', lang='en', role='abuse', sector='construction', dest='OM',
  origin='IN', sex='M', form='glance', wage=140, E='the Company',
  W='the Employee', employer='Al Khuwair Engineering & Contracting LLC',
  emp_addr='P.O. Box 1180, Ruwi, Muscat',
  site="the Company's project sites in Muscat Governorate", job='scaffolder',
  hostel="the Company's camp at Misfah", worker='Prakash Sahu',
  agency='Odisha Overseas Employment Services (RA B-2011/BBS)',
  origin_city='Bhubaneswar', lang_name='Odia', hyph=1, numbering='dotted',
  abuses=[
      ('body', 'CTR-008', 'termination',
       "Throughout the Term the Employee remains in the service of the "
       "Company alone and may not transfer to, or take up work with, any "
       "other employer in Oman."),
  ])

K(id='U-038', lang='en', role='ctr010', sector='agriculture', dest='MY',
  origin='MM', sex='M', form='faq', wage=1700, E='the Company',
  W='the Employee', employer='Muar Valley Plantations Sdn. Bhd.',
  emp_addr='Jalan Bukit Kepong, 84030 Muar, Johor',
  site="the Company's oil palm estate near Muar", job='harvester',
  hostel='the workers\' lines on the estate', worker='Aung Ko Ko',
  agency='Ayeyarwady Overseas Employment Agency', faqstyle='num',
  missing=['rest', 'return'],
  decoys={'leave': ("Do I get public holidays and leave?",
                    "Yes. You receive the paid public holidays of Johor and, "
                    "after twelve months, eight days of paid annual leave."),
          'travel': ("How will I travel to Malaysia?",
                     "The company books and pays your flight from Yangon to "
                     "Kuala Lumpur and the bus from the airport to the "
                     "estate.")},
  abuses=[])

K(id='U-039', lang='en', role='clean', sector='cleaning', dest='KW', origin='UG',
  sex='F', form='glance', wage=95, E='the Company', W='the Employee',
  employer='Al Salam Cleaning Co. W.L.L.',
  emp_addr='Block 3, Farwaniya, Kuwait',
  site='client premises across Kuwait assigned by the Company', job='cleaner',
  hostel="the Company's women's accommodation at Farwaniya",
  worker='Harriet Auma', agency='Victoria Lake Labour Export Company Ltd.',
  numbering='article', abuses=[])

K(id='U-040', lang='en', role='abuse', sector='domestic', dest='HK', origin='PH',
  sex='F', form='defs', wage=5100, E='the Employer', W='the Helper',
  employer='Mr Wong Chi Keung',
  emp_addr='Flat 5D, Tower 1, City Garden, North Point, Hong Kong',
  worker='Marilou B. Garcia', agency='Cordillera Star Placement Agency',
  typo=1, numbering='section',
  defs=['"Fitness Certificate" means a medical certificate issued by a clinic '
        'nominated by the Employer.'],
  abuses=[
      ('body', 'CTR-005', 'medical',
       "The Helper's continued employment depends on a Fitness Certificate, "
       "renewed every six months, that records a negative pregnancy test."),
  ])


# ---------------------------------------------------------------- helpers
def household(c):
    return c['sector'] in ('domestic', 'care')


def make_p(c, rng, version=None):
    d, o = DEST[c['dest']], ORIGIN[c['origin']]
    p = P()
    fem = c['sex'] == 'F'
    p.update(she='she' if fem else 'he', She='She' if fem else 'He',
             her='her' if fem else 'his', Her='Her' if fem else 'His',
             him='her' if fem else 'him', hers='hers' if fem else 'his')
    E = c.get('E', 'the Employer')
    W = c.get('W', 'the Worker')
    p.update(E=E, TE=E[0].upper() + E[1:], W=W, TW=W[0].upper() + W[1:],
             w=W.lower(), Tw=W[0].upper() + W[1:].lower(),
             E_q='"%s"' % E, W_q='"%s"' % W)
    cur = c.get('cur', d['cur'])
    c['cur'] = cur
    p['wage'] = money(cur, c['wage'], c['lang'])
    if c.get('wage_words'):
        p['wage'] = '%s (%s)' % (p['wage'], c['wage_words'])
    for k in ('employer', 'emp_addr', 'worker', 'agency'):
        p[k] = c[k]
    p['partner'] = c.get('partner', '')
    p['site'] = c.get('site', "the Employer's residence at " + c['emp_addr'])
    p['job'] = c.get('job', {'domestic': 'domestic worker',
                             'care': 'caregiver'}.get(c['sector'], 'worker'))
    p['patient'] = c.get('patient', '')
    p['hostel'] = c.get('hostel', '')
    p['country'] = d['country']
    p['country_id'] = d.get('country_id', d['country'])
    p['AUTH'], p['AUTH_short'] = d['auth'], d['auth_short']
    p['AUTH_id'] = d.get('auth_id', d['auth'])
    p['EMB'] = embassy(c['origin'], c['dest'])
    p['EMB_id'] = c.get('emb_id', '')
    p['origin_auth'] = o['auth']
    p['origin_name'] = o['name']
    p['origin_city'] = c.get('origin_city', o['city'])
    p['dest_city'] = c.get('dest_city', {'HK': 'Hong Kong', 'SG': 'Singapore',
                                         'TW': 'Taoyuan', 'MY': 'Kuala Lumpur',
                                         'SA': 'Riyadh', 'AE': 'Dubai',
                                         'QA': 'Doha', 'KW': 'Kuwait',
                                         'OM': 'Muscat', 'BH': 'Bahrain',
                                         'JO': 'Amman', 'LB': 'Beirut'}[c['dest']])
    p['lang_name'] = c.get('lang_name', o['lang'])
    p['law'] = d['law']
    p['day'] = d['day']
    p['day_id'] = {'Sunday': 'Minggu', 'Friday': 'Jumat'}[d['day']]
    dur = c.get('dur', 2)
    p['dur'] = '%s years' % NUM_EN[dur]
    p['Dur'] = '%s years' % NUM_EN[dur].capitalize()
    p['dur_words'] = '%s (%d) years' % (NUM_EN[dur], dur)
    p['dur_id'] = '%d (%s) tahun' % (dur, NUM_ID[dur])
    hh = household(c)
    if c['lang'] == 'en':
        p['h'] = 10 if hh else 8
    else:
        p['h'] = 10 if hh else 8
    p['rest_h'] = 8 if c['dest'] in ('HK', 'SG', 'TW', 'MY') else 9
    p['wh'] = {'MY': 45, 'SG': 44, 'TW': 40}.get(c['dest'], 48)
    p['ot'] = 150 if c['dest'] in ('MY', 'SG', 'TW', 'JO') else 125
    p['al'] = {'HK': 7, 'SG': 7, 'TW': 7, 'MY': 8}.get(c['dest'], 21 if not hh else 30 if c['dest'] in ('SA', 'QA', 'KW', 'OM', 'BH', 'AE') else 14)
    p['payday'] = ORD[rng.choice([5, 7, 10])]
    p['payday_n'] = {'fifth': 5, 'seventh': 7, 'tenth': 10}[p['payday']]
    p['PK'] = 'Perusahaan' if not hh else 'Pemberi Kerja'
    p['job_id'] = c.get('job_id', '')
    p['site_id'] = c.get('site_id', '')
    p['hostel_id'] = c.get('hostel_id', '')
    p['patient_id'] = c.get('patient_id', '')
    num = int(c['id'][2:])
    p['ref'] = '%s/%s/%04d' % (c['dest'], c['origin'], 3100 + 37 * num)
    p['form_code'] = rng.choice(['SEC-%02d' % (num % 17 + 3),
                                 'MC-%d' % (200 + num), 'EC/%d' % (10 + num)])
    p['passno'] = '%s%07d' % ({'PH': 'P', 'ID': 'C', 'NP': 'PA', 'BD': 'A',
                               'LK': 'N', 'IN': 'V', 'MM': 'MF', 'KE': 'AK',
                               'UG': 'B', 'ET': 'EP'}[c['origin']],
                              rng.randint(1000000, 9999999))
    p['dob'] = '%d %s %d' % (rng.randint(1, 28), rng.choice(
        ['January', 'March', 'May', 'June', 'August', 'October', 'November']),
        rng.randint(1984, 2001))
    p['nok'] = rng.choice(['mother', 'father', 'husband' if c['sex'] == 'F' else 'wife',
                           'sister', 'brother'])
    p['sign_city'] = p['origin_city']
    p['sign_date'] = '%d %s 2026' % (rng.randint(5, 27), rng.choice(
        ['January', 'February', 'March']))
    p['sign_date_id'] = p['sign_date'].replace('January', 'Januari').replace(
        'February', 'Februari').replace('March', 'Maret')
    p['version'] = ''
    p['job_pair'] = ''
    p['wh_words'] = {45: 'empat puluh lima', 40: 'empat puluh',
                     48: 'empat puluh delapan', 44: 'empat puluh empat'}[p['wh']]
    pair = c.get('pair')
    if pair:
        if version == 'origin':
            p['sign_city'] = p['origin_city']
            p['sign_date'] = '14 January 2026'
            p['sign_date_id'] = '14 Januari 2026'
            p['version'] = ("Version: counterpart signed at %s before the "
                            "Worker's departure" % p['origin_city'])
            p['version_id'] = ('Naskah: ditandatangani di %s sebelum Pekerja '
                               'berangkat' % p['origin_city'])
        else:
            p['sign_city'] = p['dest_city']
            p['sign_date'] = '2 March 2026'
            p['sign_date_id'] = '2 Maret 2026'
            p['version'] = ("Version: counterpart signed at %s after the "
                            "Worker's arrival" % p['dest_city'])
            p['version_id'] = ('Naskah: ditandatangani di %s setelah Pekerja '
                               'tiba' % p['dest_city'])
        if pair['key']:
            val = pair['origin'] if version == 'origin' else pair['dest']
            if pair['key'] == 'wage':
                p['wage'] = PAIRMARK + val
            elif pair['key'] == 'job':
                p['job_pair'] = PAIRMARK + val
            elif pair['key'] == 'wh_words':
                p['wh_words'] = PAIRMARK + val
    return p


def roman(n):
    return ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi',
            'xii', 'xiii', 'xiv', 'xv'][n - 1]


def letter(n):
    return 'abcdefghijklmnopqrstuvwxyz'[n - 1]


# ---------------------------------------------------------------- rendering
VOW = set('aeiouy')
NOSPLIT = ('th', 'ch', 'sh', 'ph', 'wh', 'ck', 'gh', 'ng', 'qu', 'ny', 'kh',
           'sy')


def hyph_split(word, room):
    m = re.fullmatch(r'([a-z]+)([.,;:]?)', word)
    if not m:
        return None
    core = m.group(1)
    if len(core) < 7:
        return None
    best = None
    for i in range(3, len(core) - 2):
        if core[i - 1:i + 1] in NOSPLIT:
            continue
        b, nxt = core[i], core[i + 1]
        if b in VOW or nxt not in VOW:
            continue
        if core[i - 1] in VOW or (core[i - 1] not in VOW and core[i - 2] in VOW):
            if i + 1 <= room:
                best = i
    if best is None:
        return None
    return core[:best] + '-', core[best:] + m.group(2)


def wrap(text, width, prefix='', indent=None, hyph=False, stats=None):
    if indent is None:
        indent = vlen(prefix)
    words = text.split()
    lines, cur, curlen, start = [], prefix, vlen(prefix), True
    pad = ' ' * indent
    i = 0
    while i < len(words):
        w = words[i]
        wl = vlen(w)
        need = wl + (0 if start else 1)
        if curlen + need <= width:
            cur += ('' if start else ' ') + w
            curlen += need
            start = False
            i += 1
            continue
        if start:
            cur += w
            curlen += wl
            start = False
            i += 1
            continue
        if hyph and not any(is_mark(ch) for ch in w):
            sp = hyph_split(w, width - curlen - 1)
            if sp:
                cur += ' ' + sp[0]
                lines.append(cur)
                cur, curlen, start = pad, indent, True
                words[i] = sp[1]
                if stats is not None:
                    stats['hyph'] = stats.get('hyph', 0) + 1
                continue
        lines.append(cur)
        cur, curlen, start = pad, indent, True
    lines.append(cur)
    return [ln.rstrip() for ln in lines]


def render(blocks, width, hyph, stats):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'blank':
            if out and out[-1] != '':
                out.append('')
        elif k == 'line':
            out.append(b[1])
        elif k == 'center':
            s = b[1]
            out.append(' ' * max(0, (width - vlen(s)) // 2) + s)
        elif k == 'para':
            text, prefix = b[1], b[2] if len(b) > 2 else ''
            indent = b[3] if len(b) > 3 else None
            out.extend(wrap(text, width, prefix, indent, hyph, stats))
    while out and out[-1] == '':
        out.pop()
    return out


def add_footers(lines, every, style, p):
    n = len(lines)
    cuts = list(range(every, n - 6, every))
    pages = len(cuts) + 1
    out, prev = [], 0
    for pno, cut in enumerate(cuts, 1):
        out.extend(lines[prev:cut])
        out.extend(['', style.format(p=pno, n=pages, ref=p['ref']), ''])
        prev = cut
    out.extend(lines[prev:])
    return out


def typographic(s):
    s = s.replace("'", '\u2019')
    s = re.sub(r'"(?=[\w\u2019])', '\u201c', s)
    return s.replace('"', '\u201d')


# ---------------------------------------------------------------- content (en)
HEAD_EN = dict(parties='PARTIES', defs='DEFINITIONS',
               job='POSITION AND PLACE OF WORK', duration='DURATION',
               wage='SALARY', costs='RECRUITMENT COSTS', hours='WORKING TIME',
               rest='WEEKLY REST', leave='HOLIDAYS AND LEAVE',
               accom='ACCOMMODATION AND FOOD', medical='MEDICAL CARE',
               travel='TRAVEL AND REPATRIATION', documents='PERMITS AND DOCUMENTS',
               termination='TERMINATION', complaints='COMPLAINTS AND DISPUTES',
               general='GENERAL')
ORDER_EN = ['parties', 'defs', 'job', 'duration', 'wage', 'costs', 'hours',
            'rest', 'leave', 'accom', 'medical', 'travel', 'documents',
            'termination', 'complaints', 'general']
LOOK_SEC_EN = {'CTR-001': 'documents', 'CTR-002': 'costs',
               'CTR-003': 'termination', 'CTR-004': 'rest', 'CTR-005': 'medical',
               'CTR-006': 'general', 'CTR-007': 'wage', 'CTR-008': 'termination',
               'CTR-009': 'complaints'}


def it(text, opt=None, kind='std'):
    return dict(text=text, opt=opt, kind=kind)


def en_sections(c, p, rng):
    """Ordered dict key -> (heading, items).  Items with opt can be dropped."""
    f = lambda s: fill(s, p)  # noqa: E731
    hh = household(c)
    S = {}
    miss = c.get('missing', [])
    dec = c.get('decoys', {})
    form = c['form']
    if form == 'std':
        S['parties'] = [it(f("{TE} and {W} are the persons named in Schedule 1 "
                             "to this Contract.")),
                        it(f('{TE} has engaged {W} through {agency} of '
                             '{origin_city} ("the Agency") and through '
                             '{partner}, its partner agency in {country}.'))]
    if form == 'defs':
        defs = [f('"Agency" means {agency}, of {origin_city}.'),
                f('"Arrival Date" means the date on which {W} first enters '
                  '{country} under this Contract.'),
                f('"Salary" means the basic monthly salary payable under this '
                  'Contract.'),
                f('"Term" means the period of {dur} beginning on the Arrival '
                  'Date.')]
        if not hh:
            defs.append(f('"Workplace" means {site}.'))
        defs += [f(x) for x in c.get('defs', [])]
        defs.sort(key=lambda s: s.split('"')[1])
        S['defs'] = [it(x) for x in defs] + [
            it('Headings are for convenience only and do not affect the '
               'meaning of this Contract.', 'd9')]
    # job
    if c.get('pair') and c['pair'].get('key') == 'job':
        S['job'] = [it(f('Position: {job_pair}.')),
                    it(f('{TW} performs the duties of this position at the '
                         "Employer's home, {emp_addr}."))]
    elif c['sector'] == 'domestic':
        if c['dest'] in ('HK', 'SG'):
            j1 = f('{TW} is employed as a foreign domestic helper and works and '
                   "lives at the Employer's residence at {emp_addr}.")
        else:
            j1 = f("{TW} is employed as a domestic worker in the Employer's "
                   'household at {emp_addr}.')
        S['job'] = [it(j1), it(f('{Her} duties are the ordinary work of the '
                                 'household: cleaning, laundry, cooking and '
                                 'the care of the children.'), 'j2')]
    elif c['sector'] == 'care':
        S['job'] = [it(f('{TW} is employed to look after {patient}. The '
                         "place of work is the Employer's home at "
                         '{emp_addr}.')),
                    it(f('{Her} duties are personal care, help with meals, '
                         'bathing and moving about, and reminders to take '
                         'prescribed medicine.'), 'j2')]
    else:
        duties = {
            'construction': "{Her} work is carried out on the sites to which "
                            "{E} assigns {him}, under the direction of the "
                            "site foreman.",
            'manufacturing': "{Her} duties are the operation and cleaning of "
                             "production machines and the inspection of "
                             "finished parts.",
            'hospitality': "{Her} duties are those set out in the job "
                           "description for the position, given to {him} "
                           "with this Contract.",
            'cleaning': "{Her} duties are the cleaning of offices, shops and "
                        "common areas at the premises to which {E} assigns "
                        "{him}.",
            'agriculture': "{Her} duties are planting, weeding, irrigation, "
                           "harvesting and packing of produce.",
        }[c['sector']]
        S['job'] = [it(f('{TW} is employed as a {job} at {site}.')),
                    it(f(duties), 'j2')]
    # duration
    if form == 'defs':
        S['duration'] = [it(f('This Contract runs for the Term.'))]
    else:
        S['duration'] = [it(f('This Contract is for a fixed term of {dur_words} '
                              '("the Term") beginning on the date {W} arrives '
                              'in {country}.'))]
    S['duration'].append(it('It may be renewed for a further term only by '
                            'written agreement of both parties.', 'du2'))
    # wage
    if 'wage' in miss:
        S['wage'] = [it(f(x)) for x in dec['wage']]
    else:
        w1 = rng.choice(['{TE} pays {W} a basic salary of {wage} per month.',
                         'The basic salary of {W} is {wage} a month.'])
        S['wage'] = [it(f(w1)),
                     it(f('The salary for each month is paid not later than '
                          'the {payday} day of the following month, together '
                          'with a pay slip showing the amounts paid.'), 'w2')]
        if not hh and 'hours' not in miss:
            S['wage'].append(it(f('Overtime is paid at {ot} per cent of the '
                                  'basic hourly rate.'), 'w3'))
    S['costs'] = []
    # hours
    if 'hours' in miss:
        S['hours'] = [it(f(x)) for x in dec['hours']]
    elif hh:
        S['hours'] = [it(f('Normal working hours do not exceed {h} hours a day, '
                           'and {W} is given an uninterrupted rest period of '
                           'not less than {rest_h} hours between one working '
                           'day and the next.'))]
    else:
        S['hours'] = [it(f('Normal working hours are {h} hours a day and {wh} '
                           'hours a week, not counting a one-hour meal '
                           'break.'))]
    if 'rest' not in miss:
        S['rest'] = [it(f(rng.choice([
            '{TW} is entitled to a weekly rest day of not less than '
            'twenty-four consecutive hours, normally on {day}.',
            '{TW} has one rest day in every week, of at least twenty-four '
            'consecutive hours, on {day} unless the parties agree another '
            'day.'])))]
    S['leave'] = [it(f('{TW} is entitled to the public holidays observed in '
                       '{country} and, after each completed year of service, '
                       'to {al} days of paid annual leave.'),
                     None if 'rest' in miss else 'lv')]
    if hh:
        S['accom'] = [it(f('{TE} provides {W} free of charge with a furnished '
                           'room of {her} own and with adequate meals.'), 'ac')]
    else:
        S['accom'] = [it(f('{TE} provides {W} free of charge with a bed in '
                           '{hostel} and with transport between the '
                           'accommodation and the workplace.'), 'ac')]
    S['medical'] = [it(f('{TE} meets the cost of medical treatment and hospital '
                         'care for {W} during the Term and keeps {him} insured '
                         'against accident and illness.'), 'md')]
    if dec.get('medical'):
        S['medical'].append(it(f(dec['medical'])))
    if 'return' in miss:
        S['travel'] = [it(f(x)) for x in dec['travel']]
    else:
        S['travel'] = [it(f("{TE} bears the cost of {W}'s economy-class "
                            'flight from {origin_city} to {dest_city} at the '
                            'start of the Term and of the return flight to '
                            '{origin_city} when the Contract ends.')),
                       it(f('If {W} dies during the Term, {E} bears the cost of '
                            'returning {her} remains to {origin_name}.'), 'tr2')]
    S['documents'] = [it(f("{TE} applies for {W}'s work permit and residence "
                           'permit, and for their renewal, in good time.'),
                         'dc')]
    gulf = c['dest'] in ('SA', 'AE', 'QA', 'KW', 'OM', 'BH')
    S['termination'] = [it('Notice of termination is given in writing and '
                           'states the reason for it.', 'tm1'),
                        it(f('When the Contract ends {E} gives {W} a '
                             'certificate of service' +
                             (' and pays the end-of-service benefit due under '
                              '{law}.' if gulf else '.')), 'tm2')]
    if 'complaint' not in miss:
        S['complaints'] = [it(f('{TW} may refer any complaint or dispute about '
                                'this Contract to {AUTH}.')),
                           it(f('{TW} may also ask {EMB} for help, or contact '
                                '{origin_auth}.'), 'cp2')]
    S['general'] = [it(f('This Contract is governed by {law}.')),
                    it(f('{TW} has received a copy of this Contract in English '
                         'and in {lang_name}.'), 'g2'),
                    it('No change to this Contract has effect unless it is made '
                       'in writing and signed by both parties.', 'g3')]
    if form != 'std':
        S.pop('parties', None)
    return S


def heading_en(style, n, key, head):
    if style == 'dotted':
        return '%d. %s' % (n, head)
    if style == 'article':
        return 'ARTICLE %d - %s' % (n, head)
    return 'Section %d.  %s' % (n, head.capitalize())


def item_prefix_en(style, n, k):
    if style == 'dotted':
        return '%d.%d  ' % (n, k)
    if style == 'article':
        return '(%s) ' % letter(k)
    return '(%s) ' % roman(k)


def insert_items(S, extra, rng_pos):
    """extra: list of (section, item, frac). Insert at a position in the
    section's list of items (positions fixed before any dropping)."""
    for sec, item, frac in extra:
        lst = S.setdefault(sec, [])
        pos = min(1 + int(frac * len(lst)), len(lst)) if lst else 0
        lst.insert(pos, item)


def section_blocks_en(S, style, drop, order=ORDER_EN, start=1, miss=()):
    heads = dict(HEAD_EN)
    if 'return' in miss:
        heads['travel'] = 'TRAVEL'
    if 'wage' in miss:
        heads['wage'] = 'PAYMENT'
    if 'hours' in miss:
        heads['hours'] = 'ATTENDANCE'
    blocks, n, nums = [], start - 1, {}
    for key in order:
        if key not in S:
            continue
        items = [x for x in S[key] if not (x['opt'] and x['opt'] in drop)]
        if not items:
            continue
        n += 1
        nums[key] = n
        blocks.append(('line', heading_en(style, n, key, heads[key])))
        for k, x in enumerate(items, 1):
            pre = item_prefix_en(style, n, k)
            blocks.append(('para', x['text'], pre))
        blocks.append(('blank',))
    return blocks, n


def add_prefix(style, k, secn=None):
    if style == '(a)':
        return '(%s) ' % letter(k)
    if style == '(A)':
        return '(%s) ' % letter(k).upper()
    if style == '(i)':
        return '(%s) ' % roman(k)
    if style == 'roman':
        return '%s. ' % roman(k)
    if style == 'A.':
        return 'A.%d  ' % k
    if style == 'S':
        return 'S%d. ' % k
    if style == 'sub':
        return '%d.%d  ' % (secn, k)
    return '%d. ' % k


ADD_INTRO = {
    'ADDENDUM': "The parties agree the following additional terms, which form "
                "part of the Standard Employment Contract above and are signed "
                "at the same time.",
    'SIDE AGREEMENT': "This side agreement is made between the same parties on "
                      "the same date as the Standard Employment Contract and "
                      "binds them for the whole of its term.",
    'SUPPLEMENTARY TERMS': "These supplementary terms are added to the standard "
                           "terms above. They apply from the date of the "
                           "Worker's arrival.",
    "EMPLOYER'S SPECIAL CONDITIONS": "The following special conditions of the "
                                     "Employer apply in addition to the "
                                     "standard terms and are accepted by the "
                                     "Worker by signing below.",
}

ADD_NEUTRAL_EN = [
    ('company', "{TE} provides {W} with two sets of work clothing and a pair "
                "of safety shoes each year free of charge."),
    ('hh', "{TE} provides {W} with suitable work clothes free of charge."),
    ('hh', "The address of the household and two emergency telephone numbers "
           "are written on the inside cover of {W}'s copy of this Contract."),
    ('any', "Annual leave may be taken in one period or in two parts, as the "
            "parties agree."),
    ('any', "{TE} reimburses once during the Term the cost of prescription "
            "spectacles for {W}."),
    ('gulf', "During Ramadan the daily working time follows the shorter hours "
             "set by {law}."),
    ('company', "Safety training is given during the first week of work, in a "
                "language {W} understands."),
    ('hh', "{TE} provides a bed, a wardrobe and a fan or air conditioner in "
           "{W}'s room."),
    ('company', "Transport between the accommodation and the workplace is "
                "provided in air-conditioned buses."),
]


# ---------------------------------------------------------------- documents
def signature_en(c, p, std):
    b = [('blank',)]
    if c.get('pair'):
        b.append(('line', p['version']))
    b.append(('para', fill('Signed at {sign_city} on {sign_date}.', p)))
    b.append(('blank',))
    el = 'For the Employer' if std or household(c) else 'For the Company'
    wl = 'The ' + p['W'][4:]
    b += [('line', '%-18s ______________________________' % (el + ':')),
          ('line', '%-18s %s' % ('', p['employer'][:50])),
          ('blank',),
          ('line', '%-18s ______________________________' % (wl + ':')),
          ('line', '%-18s %s' % ('', p['worker'])),
          ('blank',)]
    if std:
        b.append(('line', 'Witness: ____________________   '
                          'Verified by: ____________________'))
    else:
        b.append(('line', 'Witness: ______________________________'))
    return b


def schedule_en(c, p):
    rows = [('Employer', p['employer']), ('Address', p['emp_addr']),
            ('Worker', p['worker']), ('Passport No.', p['passno']),
            ('Date of birth', p['dob']), ('Next of kin', p['nok'].capitalize()),
            ('Agency (origin)', p['agency']),
            ('Agency (destination)', p['partner'])]
    b = [('blank',), ('line', 'SCHEDULE 1 - PARTICULARS OF THE PARTIES'),
         ('blank',)]
    for k, v in rows:
        pre = '  %s %s ' % (k, '.' * (22 - len(k)))
        b.append(('para', v, pre))
    return b


def build_std_en(c, p, rng, drop, plan):
    S = en_sections(c, p, rng)
    extra, add_items = [], []
    for ab in c['abuses']:
        if ab[0] == 'body':
            extra.append((ab[2], it(ab[3], kind=ab[1]), rng.random()))
        else:
            add_items.append((it(ab[2], kind=ab[1]), rng.random()))
    for lk in plan['looks']:
        if lk['slot'] == 'add':
            add_items.append((it(lk['text'], kind='look'), rng.random()))
        else:
            extra.append((lk['sec'], it(lk['text'], kind='look'), rng.random()))
    insert_items(S, extra, rng)
    style = c['numbering']
    b = []
    for t in ['STANDARD EMPLOYMENT CONTRACT',
              {'domestic': 'Household Service Workers', 'care': 'Caregivers'}
              .get(c['sector'], 'Skilled and Semi-Skilled Workers'),
              'Country of employment: ' + p['country'].replace('the ', '')]:
        b.append(('center', t))
    b.append(('center', 'Form ' + p['form_code']))
    b.append(('blank',))
    b.append(('para', 'The standard terms in this form may not be altered or '
                      'struck out. Any further terms agreed between the parties '
                      'are written after the Schedule and signed separately.'))
    b.append(('blank',))
    b.append(('para', fill('{TE} and {W} agree as follows:', p)))
    b.append(('blank',))
    sb, nsec = section_blocks_en(S, style, drop, miss=c.get('missing', ()))
    b += sb
    b += signature_en(c, p, True)
    b += schedule_en(c, p)
    kind = c.get('addkind')
    if kind:
        gulf = c['dest'] in ('SA', 'AE', 'QA', 'KW', 'OM', 'BH')
        neutral = [s for tag, s in ADD_NEUTRAL_EN
                   if tag == 'any' or (tag == 'gulf' and gulf)
                   or (tag == 'hh' and household(c))
                   or (tag == 'company' and not household(c))]
        rng2 = random.Random('%s-%s-add' % (SEED, c['id']))
        rng2.shuffle(neutral)
        items = [(it(fill(s, p), 'an%d' % i if i else None), None)
                 for i, s in enumerate(neutral[:3])]
        for x, frac in add_items:
            pos = int(frac * (len(items) + 1))
            items.insert(pos, (x, frac))
        items = [x for x, _ in items if not (x['opt'] and x['opt'] in drop)]
        b.append(('blank',))
        title = kind if kind != 'ADDENDUM' else \
            'ADDENDUM TO THE STANDARD EMPLOYMENT CONTRACT'
        secn = nsec + 1
        if c.get('addnum') == 'sub':
            title = '%d. %s' % (secn, title)
        b.append(('line', title))
        b.append(('blank',))
        b.append(('para', fill(ADD_INTRO[kind], p)))
        b.append(('blank',))
        for k, x in enumerate(items, 1):
            b.append(('para', x['text'], add_prefix(c['addnum'], k, secn)))
        b.append(('blank',))
        b.append(('line', 'Agreed and signed with the Contract:'))
        b.append(('line', 'Employer: ____________________   '
                          'Worker: ____________________'))
    return b


def parties_preamble_en(c, p, defs_form):
    if defs_form:
        t = ('This Contract is made between {employer}, of {emp_addr} ({E_q}), '
             'and {worker}, a national of {origin_name}, holder of passport no. '
             '{passno} ({W_q}), who has been recruited through the Agency.')
    else:
        t = ('This Contract is made between {employer}, of {emp_addr} ({E_q}), '
             'and {worker}, a national of {origin_name}, holder of passport no. '
             '{passno} ({W_q}), who has been recruited through {agency} of '
             '{origin_city} ("the Agency").')
    return [('para', fill(t, p)), ('blank',),
            ('para', 'The parties agree as follows:'), ('blank',)]


def title_en(c, p, rng):
    t = rng.choice(['EMPLOYMENT CONTRACT', 'CONTRACT OF EMPLOYMENT'])
    if household(c):
        t = rng.choice(['EMPLOYMENT CONTRACT FOR A DOMESTIC WORKER'
                        if c['sector'] == 'domestic' else
                        'EMPLOYMENT CONTRACT FOR A CAREGIVER',
                        'CONTRACT OF EMPLOYMENT'])
    return [('center', t), ('center', 'Ref. ' + p['ref']), ('blank',)]


def body_en(c, p, rng, drop, plan, rules_extra=None):
    """Non-standard contract body (defs / house / glance)."""
    S = en_sections(c, p, rng)
    extra = []
    for ab in c['abuses']:
        if ab[0] == 'body':
            extra.append((ab[2], it(ab[3], kind=ab[1]), rng.random()))
    for lk in plan['looks']:
        if lk['slot'] == 'body':
            extra.append((lk['sec'], it(lk['text'], kind='look'), rng.random()))
    insert_items(S, extra, rng)
    b = title_en(c, p, rng)
    b += parties_preamble_en(c, p, c['form'] == 'defs')
    sb, n = section_blocks_en(S, c['numbering'], drop, miss=c.get('missing', ()))
    b += sb
    b += signature_en(c, p, False)
    return b


HOUSE_NEUTRAL_HH = [
    "Rooms are cleaned daily and bed linen is changed every Saturday.",
    "The washing machine is used in the morning; delicate clothes are washed "
    "by hand.",
    "Cooking gas is turned off at the cylinder after the evening meal.",
    "Medicines for the children or for the elderly are given only as written "
    "on the chart in the kitchen.",
    "Breakfast for the family is ready by 7 a.m. on school days.",
    "Breakages are reported to the family on the same day.",
    "The family's cat is fed twice a day, morning and evening.",
    "Cleaning products are kept on the top shelf, out of the children's "
    "reach.",
]
HOUSE_NEUTRAL_DORM = [
    "Each resident keeps the bed space tidy; rooms are inspected on "
    "Saturdays.",
    "Cooking is allowed only in the common kitchen, which closes at 11 p.m.",
    "Quiet hours are from 10.30 p.m. to 5.30 a.m. in all blocks.",
    "Smoking is not allowed inside the blocks or on the stairs.",
    "Fire exits are kept clear; a fire drill is held every three months.",
    "Any illness is reported to the warden, who arranges a visit to the "
    "clinic.",
    "Electrical appliances other than fans and phone chargers need the "
    "warden's approval.",
    "Clothes are dried in the laundry room, not at the windows.",
    "Drinking water is available from the filters on each floor.",
    "Rubbish is taken to the bins at the gate each evening.",
]


def build_house_en(c, p, rng, drop, plan):
    b = body_en(c, p, rng, drop, plan)
    hh = household(c)
    pool = list(HOUSE_NEUTRAL_HH if hh else HOUSE_NEUTRAL_DORM)
    rng.shuffle(pool)
    items = [it(s, 'hr%d' % i) for i, s in enumerate(pool[:8])]
    for i, x in enumerate(items):
        if i < 4:
            x['opt'] = None
    adds = []
    for ab in c['abuses']:
        if ab[0] == 'rule':
            adds.append((it(ab[2], kind=ab[1]), rng.random()))
    for lk in plan['looks']:
        if lk['slot'] == 'rule':
            adds.append((it(lk['text'], kind='look'), rng.random()))
    for x, frac in adds:
        items.insert(1 + int(frac * len(items)), x)
    items = [x for x in items if not (x['opt'] and x['opt'] in drop)]
    b += [('blank',), ('line', 'ANNEX - ' + c['house_title']), ('blank',)]
    if hh:
        intro = ('These rules are given to {w} with the Contract. They describe '
                 'how the household runs from day to day.')
        if c.get('house_you'):
            intro = ('These rules come with your contract. Please read them '
                     'with Mrs Leung in your first week.')
    else:
        intro = ('These rules apply to every employee living at {hostel}. A '
                 'copy is posted in each block.')
    b += [('para', fill(intro, p)), ('blank',)]
    for k, x in enumerate(items, 1):
        b.append(('para', x['text'], '%2d. ' % k))
    b += [('blank',), ('line', 'Received and understood: ____________________ '
                               '(%s)' % p['W'][4:])]
    return b


def build_glance_en(c, p, rng, drop, plan):
    bullet = rng.choice(['\u2022', '-', '*'])
    hh = household(c)
    miss = c.get('missing', [])
    rows = [it(fill('Employer: {employer}', p)),
            it(fill('Position: {job}' if not hh else
                    'Position: domestic worker, living in', p)),
            it(fill('Contract period: {dur} from arrival', p)),
            it(fill('Basic salary: {wage} per month, paid monthly with a pay '
                    'slip', p))]
    if 'hours' in miss:
        rows.append(it(c['decoys']['bullet']))
    else:
        rows.append(it(fill('Working hours: {h} hours a day, {wh} hours a week'
                            if not hh else
                            'Working hours: up to {h} hours a day, with '
                            '{rest_h} hours of rest at night', p)))
    rows.append(it(fill('Weekly rest: one full day, normally {day}', p)))
    rows.append(it(fill('Annual leave: {al} days with pay', p), 'gl1'))
    rows.append(it(fill('Accommodation: free' + ('' if hh else ', at {hostel}'),
                        p), 'gl2'))
    rows.append(it(fill('Air tickets: to {dest_city} and home to {origin_city}, '
                        'paid by the employer', p)))
    if c.get('glance_help', True):
        rows.append(it(fill('Help: {AUTH}', p)))
    adds = []
    for ab in c['abuses']:
        if ab[0] == 'bullet':
            adds.append((it(ab[2], kind=ab[1]), rng.random()))
    for lk in plan['looks']:
        if lk['slot'] == 'bullet':
            adds.append((it(lk['text'], kind='look'), rng.random()))
    for x, frac in adds:
        rows.insert(4 + int(frac * (len(rows) - 3)), x)
    rows = [x for x in rows if not (x['opt'] and x['opt'] in drop)]
    b = [('center', rng.choice(['TERMS AT A GLANCE', 'YOUR CONTRACT AT A GLANCE',
                                'KEY TERMS - SUMMARY'])), ('blank',),
         ('para', fill('This page sums up the main points of your contract '
                       'with {employer}; the numbered clauses that follow are '
                       'the full terms.', p)), ('blank',)]
    for x in rows:
        b.append(('para', x['text'], '  %s ' % bullet))
    b += [('blank',), ('line', '-' * 40), ('blank',)]
    b += body_en(c, p, rng, drop, plan)
    return b


def build_defs_en(c, p, rng, drop, plan):
    return body_en(c, p, rng, drop, plan)


# FAQ (en) ------------------------------------------------------------------
def faq_base_en(c, p):
    f = lambda s: fill(s, p)  # noqa: E731
    hh = household(c)
    miss = c.get('missing', [])
    abrules = {ab[1] for ab in c['abuses']}
    Q = []
    if c['sector'] == 'domestic':
        job_a = ('You will work as a {job} for {employer} at their home in '
                 '{dest_city}. Your duties are cleaning, laundry, cooking and '
                 'looking after the children.')
    elif c['sector'] == 'care':
        job_a = ('You will look after {patient} at the family home in '
                 '{dest_city}: help with meals, bathing, moving about and '
                 'taking medicine on time.')
    else:
        job_a = 'You will work as a {job} at {site}.'
    Q.append(('job', 'What work will I do?', f(job_a), None))
    Q.append(('dur', 'How long is my contract?',
              f('{Dur} from the day you arrive in {country}. It can be renewed '
                'only if you and your employer both agree in writing.'), None))
    if 'CTR-007' in abrules:
        wa = 'Your basic salary is {wage} a month, with free meals on duty.'
    else:
        wa = ('Your basic salary is {wage} a month. It is paid every month, no '
              'later than the {payday} day of the following month, with a pay '
              'slip.')
    Q.append(('wage', 'How much will I be paid?', f(wa), None))
    if hh:
        ha = ('No more than {h} hours a day, and you must have at least '
              '{rest_h} hours of continuous rest every night.')
    else:
        ha = ('{h} hours a day and {wh} hours a week. Overtime is paid at {ot} '
              'per cent of the hourly rate.')
    Q.append(('hours', 'How many hours will I work?', f(ha), None))
    if 'rest' not in miss:
        Q.append(('rest', 'Do I get a day off?',
                  f('Yes. You have one full rest day of 24 hours every week, '
                    'normally on {day}.'), None))
    if 'leave' in c.get('decoys', {}):
        q, a = c['decoys']['leave']
        Q.append(('leave', q, a, None))
    else:
        Q.append(('leave', 'Do I get holidays?',
                  f('You are entitled to the public holidays of {country} and, '
                    'after one year, {al} days of paid annual leave.'), 'fl'))
    Q.append(('accom', 'Where will I live?',
              f("In your employer's home, with your own room and free meals."
                if hh else 'In {hostel}, free of charge, with transport to '
                'work provided.'), 'fa'))
    Q.append(('medical', 'What if I fall sick or get injured?',
              'Your employer pays for your treatment and holds medical and '
              'accident insurance for you.', 'fm'))
    if 'return' in miss:
        q, a = c['decoys']['travel']
        Q.append(('travel', q, a, None))
    else:
        Q.append(('travel', 'Who pays for my flights?',
                  f('Your employer pays your ticket from {origin_city} to '
                    '{dest_city}, and your ticket home when the contract '
                    'ends.'), None))
    if 'complaint' not in miss:
        Q.append(('complaints', 'Who can I contact if I have a problem?',
                  f('You can call {AUTH} or contact {EMB}. Save these numbers '
                    'in your phone before you fly.'), None))
    Q.append(('arrival', 'Who will meet me when I land?',
              f('Staff of {partner} meet you at the airport in {dest_city} and '
                'take you to your employer.' if p['partner'] else
                'A company representative meets you at the airport in '
                '{dest_city} and takes you to {hostel}.'), 'fr'))
    Q.append(('pack', 'What should I pack?',
              'Light clothes, a sweater for air-conditioned rooms, your '
              "prescription medicines with the doctor's note, and copies of "
              'your certificates.', 'fp'))
    Q.append(('sign', 'What will I sign before I leave?',
              f('Your employment contract with {employer}, and the '
                'acknowledgement at the end of this handout. Read both before '
                'you sign, and keep your copies.'), 'fs'))
    Q.append(('training', 'Is there any training before I go?',
              f('Yes: a three-day orientation course in {origin_city} on the '
                'work, the language and the law of {country}.'), 'ft'))
    return Q


def faq_prefixes(style, n):
    if style == 'Qn':
        return 'Q%d. ' % n, 'A.  '
    if style == 'QA':
        return 'Q: ', 'A: '
    if style == 'num':
        return '%d. ' % n, '    '
    if style == 'TJ':
        return 'T: ', 'J: '
    return 'Tanya: ', 'Jawab: '


def build_faq(c, p, rng, drop, plan):
    lang = c['lang']
    Q = faq_base_en(c, p) if lang == 'en' else faq_base_id(c, p)
    adds = []
    for ab in c['abuses']:
        adds.append(((ab[1], ab[2], ab[3]), rng.random()))
    for lk in plan['looks']:
        adds.append((('look', lk['q'], lk['a']), rng.random()))
    items = [(k, q, a, o) for k, q, a, o in Q]
    for (kind, q, a), frac in adds:
        items.insert(3 + int(frac * (len(items) - 2)), (kind, q, a, None))
    items = [x for x in items if not (x[3] and x[3] in drop)]
    b = []
    if lang == 'en':
        b += [('center', p['agency'].upper()), ('center', 'Licensed recruitment '
                                                          'agency, ' + p['origin_city']),
              ('blank',),
              ('center', rng.choice(['PRE-DEPARTURE ORIENTATION HANDOUT',
                                     'WORKER INFORMATION SHEET',
                                     'BEFORE YOU FLY: QUESTIONS AND ANSWERS'])),
              ('blank',),
              ('para', fill('For: {worker}, going to {country} as a ', p) +
               ({'domestic': 'domestic worker', 'care': 'caregiver'}
                .get(c['sector'], p['job']))),
              ('para', fill('Employer: {employer}, {emp_addr}', p)),
              ('blank',),
              ('para', fill('This handout is given to you at the pre-departure '
                            'orientation in {origin_city}. It answers the '
                            'questions that workers going to {country} ask us '
                            'most often, and it sets out the main terms of '
                            'your employment with {employer}, your employer. '
                            'Keep it with '
                            'your copy of the contract, and ask the '
                            'orientation officer about anything that is not '
                            'clear before you sign.', p)),
              ('blank',), ('line', 'QUESTIONS AND ANSWERS'), ('blank',)]
    else:
        b += [('center', p['agency'].upper()),
              ('center', 'Perusahaan Penempatan Pekerja Migran Indonesia'),
              ('blank',),
              ('center', 'TANYA JAWAB ORIENTASI PRA-PEMBERANGKATAN'),
              ('blank',),
              ('para', fill('Untuk: {worker}, calon pekerja ' +
                            ('penata laksana rumah tangga'
                             if c['sector'] == 'domestic' else 'perawat lansia')
                            + ' di {country_id}', p)),
              ('para', fill('Majikan: {employer}, {emp_addr}', p)),
              ('blank',),
              ('para', fill('Lembar ini dibagikan pada orientasi '
                            'pra-pemberangkatan di {origin_city}. Isinya '
                            'menjawab pertanyaan yang paling sering diajukan '
                            'calon pekerja dan memuat ketentuan pokok '
                            'perjanjian kerja Anda. Simpanlah bersama salinan '
                            'perjanjian kerja Anda dan tanyakan kepada petugas '
                            'orientasi hal yang belum jelas sebelum Anda '
                            'menandatanganinya.', p)),
              ('blank',), ('line', 'PERTANYAAN DAN JAWABAN'), ('blank',)]
    for n, (kind, q, a, o) in enumerate(items, 1):
        qp, ap = faq_prefixes(c['faqstyle'], n)
        b.append(('para', q, qp))
        b.append(('para', a, ap, len(ap) if c['faqstyle'] != 'num' else 4))
        b.append(('blank',))
    if lang == 'en':
        b += [('line', 'ACKNOWLEDGEMENT'), ('blank',),
              ('para', fill('I, {worker}, confirm that this handout was '
                            'explained to me in {lang_name} at the orientation '
                            'held in {origin_city} on {sign_date}, and that I '
                            'have received a copy.', p)),
              ('blank',),
              ('line', 'Worker: ____________________   Date: ____________'),
              ('line', 'Orientation officer: ____________________')]
    else:
        b += [('line', 'PERNYATAAN PEKERJA'), ('blank',),
              ('para', fill('Saya, {worker}, menyatakan bahwa isi lembar ini '
                            'telah dijelaskan kepada saya dalam Bahasa '
                            'Indonesia pada orientasi di {origin_city} tanggal '
                            '{sign_date_id}, dan saya telah menerima '
                            'salinannya.', p)),
              ('blank',),
              ('line', 'Pekerja: ____________________   '
                       'Petugas orientasi: ____________________')]
    return b


# ---------------------------------------------------------------- content (id)
def faq_base_id(c, p):
    f = lambda s: fill(s, p)  # noqa: E731
    miss = c.get('missing', [])
    abrules = {ab[1] for ab in c['abuses']}
    Q = []
    if c['sector'] == 'domestic':
        ja = ('Anda bekerja sebagai penata laksana rumah tangga pada '
              '{employer} di {dest_city}. Tugas Anda meliputi membersihkan '
              'rumah, mencuci, memasak dan mengasuh anak.')
    else:
        ja = ('Anda bekerja sebagai perawat yang merawat {patient_id} di '
              'Taichung: membantu makan, mandi, berpindah tempat dan minum obat '
              'tepat waktu.')
    Q.append(('job', 'Apa pekerjaan saya?', f(ja), None))
    Q.append(('dur', 'Berapa lama kontrak kerja saya?',
              f('{dur_id} sejak Anda tiba di {country_id}. Kontrak hanya dapat '
                'diperpanjang bila Anda dan majikan sama-sama setuju secara '
                'tertulis.'), None))
    if 'CTR-007' in abrules:
        wa = ('Gaji pokok Anda {wage} per bulan, ditambah tunjangan makan bila '
              'majikan tidak menyediakan makanan.')
    else:
        wa = ('Gaji pokok Anda {wage} per bulan, dibayar paling lambat tanggal '
              '{payday_n} bulan berikutnya dan disertai slip gaji.')
    Q.append(('wage', 'Berapa gaji saya?', f(wa), None))
    Q.append(('hours', 'Berapa lama jam kerja saya?',
              f('Paling lama {h} jam sehari, dan Anda berhak atas istirahat '
                'malam paling sedikit {rest_h} jam berturut-turut.'), None))
    if 'rest' not in miss:
        Q.append(('rest', 'Apakah saya mendapat hari libur?',
                  f('Ya. Anda berhak atas satu hari libur penuh selama 24 jam '
                    'setiap minggu, biasanya hari {day_id}.'), None))
    Q.append(('leave', 'Apakah ada cuti tahunan?',
              f('Ada. Anda berhak atas hari libur resmi {country_id} dan, '
                'setelah satu tahun bekerja, cuti tahunan {al} hari dengan gaji '
                'penuh.'), None if 'rest' in miss else 'fl'))
    Q.append(('accom', 'Di mana saya akan tinggal?',
              'Di rumah majikan, dengan kamar atau ruang pribadi yang layak dan '
              'makanan yang cukup.', 'fa'))
    if 'complaint' in miss:
        Q.append(('medical', 'Bagaimana jika saya sakit?',
                  'Beri tahu majikan; majikan mengantar Anda ke dokter dan '
                  'menanggung biayanya.', None))
    else:
        Q.append(('medical', 'Bagaimana jika saya sakit?',
                  'Majikan menanggung biaya pengobatan Anda dan '
                  'mengikutsertakan Anda dalam asuransi kesehatan dan '
                  'kecelakaan.', 'fm'))
    Q.append(('travel', 'Siapa yang membayar tiket pesawat?',
              f('Majikan membayar tiket Anda dari {origin_city} ke {dest_city} '
                'serta tiket pulang ke {origin_city} ketika kontrak selesai.'),
              None))
    if 'complaint' not in miss:
        Q.append(('complaints', 'Ke mana saya dapat mengadu jika ada masalah?',
                  f('Hubungi {AUTH_id} atau {EMB_id}. Anda juga dapat '
                    'menghubungi pusat pengaduan BP2MI.'), None))
    Q.append(('arrival', 'Siapa yang menjemput saya di bandara?',
              f('Petugas {partner} menjemput Anda di bandara {dest_city} dan '
                'mengantar Anda ke rumah majikan.'), 'fr'))
    Q.append(('pack', 'Apa yang perlu saya bawa?',
              'Pakaian secukupnya, obat-obatan pribadi beserta resep dokter, '
              'dan fotokopi ijazah serta sertifikat pelatihan.', 'fp'))
    Q.append(('sign', 'Dokumen apa yang saya tanda tangani?',
              'Perjanjian kerja dengan majikan dan pernyataan di akhir lembar '
              'ini. Bacalah keduanya sebelum menandatangani dan simpan '
              'salinannya.', 'fs'))
    Q.append(('training', 'Apakah ada pelatihan sebelum berangkat?',
              f('Ada, yaitu orientasi pra-pemberangkatan selama tiga hari di '
                '{origin_city} tentang pekerjaan, bahasa dan hukum '
                '{country_id}.'), 'ft'))
    return Q


HEAD_ID = dict(defs='KETENTUAN UMUM', jabatan='JABATAN DAN TEMPAT KERJA',
               durasi='JANGKA WAKTU', gaji='GAJI', biaya='BIAYA PENEMPATAN',
               waktu='WAKTU KERJA', libur='HARI LIBUR DAN CUTI',
               tinggal='TEMPAT TINGGAL DAN MAKAN',
               kesehatan='KESEHATAN DAN ASURANSI',
               perjalanan='PERJALANAN DAN PEMULANGAN', dokumen='IZIN KERJA',
               pengaduan='PENGADUAN DAN PENYELESAIAN PERSELISIHAN',
               lain='KETENTUAN LAIN', penutup='PENUTUP')
ORDER_ID = ['defs', 'jabatan', 'durasi', 'gaji', 'biaya', 'waktu', 'libur',
            'tinggal', 'kesehatan', 'perjalanan', 'dokumen', 'pengaduan', 'lain',
            'penutup']
LOOK_SEC_ID = {'CTR-001': 'dokumen', 'CTR-002': 'biaya', 'CTR-003': 'durasi',
               'CTR-004': 'libur', 'CTR-005': 'kesehatan', 'CTR-006': 'lain',
               'CTR-007': 'gaji', 'CTR-008': 'durasi', 'CTR-009': 'pengaduan'}


def id_sections(c, p, rng):
    f = lambda s: fill(s, p)  # noqa: E731
    hh = household(c)
    S = {}
    if c['form'] == 'defs':
        defs = ['"Perusahaan" adalah {employer}, yang beralamat di '
                '{emp_addr}.',
                '"Agensi" adalah {agency}, perusahaan penempatan pekerja migran '
                'Indonesia yang merekrut Pekerja.',
                '"Masa Kontrak" adalah jangka waktu {dur_id} sejak Pekerja tiba '
                'di {country_id}.'] + c.get('defs', [])
        defs = sorted([f(x) for x in defs], key=lambda s: s.split('"')[1])
        S['defs'] = [it(x) for x in defs]
    if c['sector'] == 'domestic':
        S['jabatan'] = [it(f('Pekerja dipekerjakan sebagai penata laksana rumah '
                             'tangga pada rumah tangga {PK} di {emp_addr}.')),
                        it('Tugas Pekerja meliputi membersihkan rumah, mencuci '
                           'dan menyetrika pakaian, memasak, serta mengasuh '
                           'anak.', 'j2')]
    elif c['sector'] == 'care':
        S['jabatan'] = [it(f('Pekerja dipekerjakan sebagai perawat untuk merawat '
                             '{patient_id} di {emp_addr}.')),
                        it('Tugas Pekerja meliputi membantu makan, mandi dan '
                           'berpindah tempat, serta mengingatkan jadwal minum '
                           'obat.', 'j2')]
    else:
        duties = {'manufacturing': 'Tugas Pekerja meliputi pengoperasian mesin '
                                   'produksi, perakitan dan pemeriksaan mutu '
                                   'komponen.',
                  'agriculture': 'Tugas Pekerja meliputi memanen tandan buah '
                                 'segar, mengumpulkan brondolan dan merawat '
                                 'jalan kebun.'}[c['sector']]
        S['jabatan'] = [it(f('Pekerja dipekerjakan sebagai {job_id} di '
                             '{site_id}.')), it(duties, 'j2')]
    if c['form'] != 'defs':
        S['jabatan'].append(it(f('Pekerja ditempatkan melalui {agency} '
                                 '(selanjutnya disebut Agensi).')))
    if c['form'] == 'defs':
        S['durasi'] = [it('Perjanjian ini berlaku selama Masa Kontrak.')]
    else:
        S['durasi'] = [it(f('Perjanjian ini berlaku selama {dur_id} terhitung '
                            'sejak tanggal Pekerja tiba di {country_id}.'))]
    S['durasi'].append(it('Perpanjangan hanya dapat dilakukan atas kesepakatan '
                          'tertulis kedua belah pihak.', 'du2'))
    S['gaji'] = [it(f('{PK} membayar gaji pokok kepada Pekerja sebesar {wage} '
                      'per bulan.')),
                 it(f('Gaji dibayarkan paling lambat tanggal {payday_n} bulan '
                      'berikutnya, disertai slip gaji yang memuat rincian '
                      'pembayaran.'), 'w2')]
    if not hh:
        S['gaji'].append(it(f('Upah kerja lembur dibayar sebesar {ot} persen '
                              'dari upah per jam.'), 'w3'))
    S['biaya'] = []
    if hh:
        S['waktu'] = [it(f('Waktu kerja Pekerja paling lama {h} ({h_w}) jam '
                           'sehari, dan Pekerja berhak atas istirahat paling '
                           'sedikit {rest_h} ({rest_w}) jam berturut-turut '
                           'setiap malam.'))]
    else:
        S['waktu'] = [it(f('Waktu kerja normal adalah {h} ({h_w}) jam sehari.')),
                      it(f('Jam kerja seminggu paling lama {wh_words} jam.'))]
    S['libur'] = [it(f('Pekerja berhak atas 1 (satu) hari libur setiap minggu '
                       'selama 24 (dua puluh empat) jam berturut-turut, '
                       'biasanya pada hari {day_id}.')),
                  it(f('Pekerja juga berhak atas hari libur resmi dan, setelah '
                       'satu tahun bekerja, cuti tahunan {al} hari dengan gaji '
                       'penuh.'), 'lv')]
    S['tinggal'] = [it(f('{PK} menyediakan kamar yang layak dan makanan yang '
                         'cukup tanpa biaya.' if hh else
                         '{PK} menyediakan tempat tinggal di {hostel_id} dan '
                         'angkutan ke tempat kerja tanpa biaya.'), 'ac')]
    S['kesehatan'] = [it(f('{PK} menanggung biaya pengobatan dan perawatan '
                           'Pekerja selama masa perjanjian serta '
                           'mengikutsertakan Pekerja dalam asuransi kesehatan '
                           'dan kecelakaan kerja.'), 'md')]
    S['perjalanan'] = [it(f('{PK} menanggung tiket pesawat Pekerja dari '
                            '{origin_city} ke {dest_city} serta tiket pulang ke '
                            '{origin_city} pada akhir perjanjian.')),
                       it(f('Apabila Pekerja meninggal dunia, biaya pemulangan '
                            'jenazah ke Indonesia ditanggung oleh {PK}.'), 'tr2')]
    S['dokumen'] = [it(f('{PK} mengurus izin kerja dan izin tinggal Pekerja '
                         'serta perpanjangannya tepat waktu.'), 'dc')]
    S['pengaduan'] = [it(f('Pekerja dapat menyampaikan pengaduan kepada '
                           '{AUTH_id} atau kepada {EMB_id}.')),
                      it('Pekerja juga dapat menghubungi pusat pengaduan '
                         'BP2MI.', 'cp2')]
    S['lain'] = []
    S['penutup'] = [it('Perjanjian ini dibuat dalam rangkap dua yang masing-'
                       'masing mempunyai kekuatan hukum yang sama, dan Pekerja '
                       'menerima satu salinan.'),
                    it('Perubahan atas perjanjian ini hanya sah apabila dibuat '
                       'secara tertulis dan ditandatangani kedua belah pihak.',
                       'g3')]
    return S


def section_blocks_id(S, drop, defs_letters=True):
    blocks, n = [], 0
    for key in ORDER_ID:
        if key not in S:
            continue
        items = [x for x in S[key] if not (x['opt'] and x['opt'] in drop)]
        if not items:
            continue
        n += 1
        blocks += [('line', 'Pasal %d' % n), ('line', HEAD_ID[key])]
        if key == 'defs':
            blocks.append(('para', 'Dalam perjanjian ini yang dimaksud dengan:'))
            for k, x in enumerate(items, 1):
                blocks.append(('para', x['text'], '%s. ' % letter(k)))
        else:
            for k, x in enumerate(items, 1):
                blocks.append(('para', x['text'], '(%d) ' % k))
        blocks.append(('blank',))
    return blocks


def build_id_contract(c, p, rng, drop, plan):
    S = id_sections(c, p, rng)
    extra, add_items = [], []
    for ab in c['abuses']:
        if ab[0] == 'body':
            extra.append((ab[2], it(ab[3], kind=ab[1]), rng.random()))
        elif ab[0] == 'add':
            add_items.append((it(ab[2], kind=ab[1]), rng.random()))
    for lk in plan['looks']:
        if lk['slot'] == 'body':
            extra.append((lk['sec'], it(lk['text'], kind='look'), rng.random()))
        elif lk['slot'] == 'add':
            add_items.append((it(lk['text'], kind='look'), rng.random()))
    insert_items(S, extra, rng)
    hh = household(c)
    b = [('center', 'PERJANJIAN KERJA')]
    if c['form'] == 'std':
        b.append(('center', '(Bentuk baku untuk %s di %s)' % (
            {'care': 'perawat', 'domestic': 'penata laksana rumah tangga'}.get(
                c['sector'], 'pekerja sektor formal'), p['country_id'])))
    b += [('center', 'Nomor: ' + p['ref']), ('blank',),
          ('para', 'Kami yang bertanda tangan di bawah ini:'),
          ('para', fill('{employer}, beralamat di {emp_addr}, selanjutnya '
                        'disebut {PK};', p), '1. '),
          ('para', fill('{worker}, warga negara Indonesia, pemegang paspor '
                        'nomor {passno}, selanjutnya disebut Pekerja,', p),
           '2. '),
          ('para', 'sepakat membuat perjanjian kerja dengan ketentuan sebagai '
                   'berikut:'), ('blank',)]

    b += section_blocks_id(S, drop)
    b.append(('blank',))
    if c.get('pair'):
        b.append(('line', p['version_id']))
    b += [('para', fill('Ditandatangani di {sign_city} pada tanggal '
                        '{sign_date_id}.', p)), ('blank',),
          ('line', p['PK'] + ','), ('blank',),
          ('line', '______________________________'),
          ('line', '(' + p['employer'] + ')'), ('blank',),
          ('line', 'Pekerja,'), ('blank',),
          ('line', '______________________________'),
          ('line', '(' + p['worker'] + ')'), ('blank',),
          ('line', 'Saksi: ______________________________')]
    if c.get('addkind'):
        items = [it('Pemberi Kerja menyediakan dua stel seragam kerja setiap '
                    'tahun tanpa biaya.', 'an1'),
                 it('Cuti tahunan dapat diambil sekaligus atau dalam dua '
                    'bagian sesuai kesepakatan.', 'an2'),
                 it('Pemberi Kerja menyediakan tempat tidur, lemari pakaian dan '
                    'kipas angin di kamar Pekerja.')]
        for x, frac in add_items:
            items.insert(int(frac * (len(items) + 1)), x)
        items = [x for x in items if not (x['opt'] and x['opt'] in drop)]
        b += [('blank',), ('line', 'ADENDUM PERJANJIAN KERJA'), ('blank',),
              ('para', 'Ketentuan tambahan berikut disepakati oleh para pihak '
                       'bersamaan dengan penandatanganan Perjanjian Kerja di '
                       'atas dan merupakan bagian yang tidak terpisahkan '
                       'darinya.'), ('blank',)]
        for k, x in enumerate(items, 1):
            b.append(('para', x['text'], '%d. ' % k))
        b += [('blank',), ('line', 'Pemberi Kerja: ______________   '
                                   'Pekerja: ______________')]
    if c['form'] == 'house':
        pool = ['Kamar dibersihkan setiap hari dan seprai diganti setiap hari '
                'Sabtu.',
                'Mesin cuci digunakan pada pagi hari; pakaian halus dicuci '
                'dengan tangan.',
                'Kompor gas dimatikan setelah selesai memasak.',
                'Obat untuk anak-anak diberikan sesuai jadwal yang ditempel di '
                'dapur.',
                'Sarapan keluarga disiapkan sebelum pukul 06.30 pada hari '
                'sekolah.',
                'Barang yang pecah atau rusak segera diberitahukan kepada '
                'majikan.',
                'Kucing peliharaan diberi makan dua kali sehari.',
                'Bahan pembersih disimpan di rak atas, jauh dari jangkauan '
                'anak-anak.']
        rng.shuffle(pool)
        items = [it(s, None if i < 4 else 'hr%d' % i) for i, s in enumerate(pool)]
        adds = [(it(ab[2], kind=ab[1]), rng.random()) for ab in c['abuses']
                if ab[0] == 'rule']
        adds += [(it(lk['text'], kind='look'), rng.random())
                 for lk in plan['looks'] if lk['slot'] == 'rule']
        for x, frac in adds:
            items.insert(1 + int(frac * len(items)), x)
        items = [x for x in items if not (x['opt'] and x['opt'] in drop)]
        b += [('blank',), ('line', 'LAMPIRAN - ' + c['house_title']), ('blank',),
              ('para', fill('Peraturan ini diberikan kepada Pekerja bersama '
                            'perjanjian kerja dan menjelaskan kegiatan '
                            'sehari-hari di rumah {PK}.', p)), ('blank',)]
        for k, x in enumerate(items, 1):
            b.append(('para', x['text'], '%2d. ' % k))
        b += [('blank',), ('line', 'Telah dibaca dan dipahami: '
                                   '____________________ (Pekerja)')]
    return b


# ---------------------------------------------------------------- planning
def plan_lookalikes():
    """Choose look-alike types and variants for every contract (global
    usage counts: least-used type first, then least-used variant)."""
    used_t = {(r, lg): 0 for r in RULES for lg in ('en', 'id')}
    used_v = {}
    plans = {}
    for c in C:
        rng = random.Random('%s-%s-look' % (SEED, c['id']))
        own = {ab[1] for ab in c['abuses']}
        if c['role'] == 'clean':
            n = 6
        elif c['role'] == 'abuse':
            n = 3 if len(c['abuses']) == 1 else 2
        else:
            n = 2
        miss = c.get('missing', [])
        excl_tags = set()
        excl_types = set(own) | set(c.get('no_look', []))
        if 'complaint' in miss:
            excl_types.add('CTR-009')
            excl_tags.add('channel')
        if 'rest' in miss or 'hours' in miss:
            excl_types.add('CTR-004')
            excl_tags |= {'rest', 'hours'}
        if 'return' in miss:
            excl_tags.add('travel')
        if 'wage' in miss:
            excl_types.add('CTR-007')
            excl_tags.add('wage')
        fem_ok = c['sex'] == 'F' and c['dest'] != 'SG'
        if not fem_ok:
            excl_types |= {'CTR-005', 'CTR-006'}
        hh = household(c)
        setting_ok = lambda v: not (  # noqa: E731
            ('company' in v['tags'] and hh) or ('household' in v['tags'] and not hh)
            or ('dorm' in v['tags'] and hh))
        form = c['form']
        # slots
        if form == 'faq':
            slots = ['qa'] * n
        elif form == 'std':
            if c.get('addkind'):
                slots = (['add', 'body'] * 4)[:n]
            else:
                slots = ['body'] * n
        elif form == 'house':
            slots = (['rule', 'body'] * 4)[:n]
        elif form == 'glance':
            slots = (['bullet', 'body'] * 4)[:n]
        else:
            slots = ['body'] * n
        cands = [t for t in RULES if t not in excl_types]
        rng.shuffle(cands)
        cands.sort(key=lambda t: used_t[(t, c['lang'])])
        chosen = []
        looks = []
        for slot in slots:
            lang = c['lang']
            # first pass: a type that has a variant in the slot's own voice
            # (house rule, bullet, ...); second pass: fall back to a clause
            order = [(t, strict) for strict in (True, False) for t in cands]
            for t, strict in order:
                if t in chosen:
                    continue
                voice = {'qa': 'qa', 'add': 'clause', 'body': 'clause',
                         'rule': 'rule', 'bullet': 'bullet'}[slot]
                if lang == 'id':
                    voice = {'qa': 'qa_id', 'rule': 'rule_id'}.get(voice, 'pasal')
                vs = [v for v in LOOK if v['type'] == t and v['lang'] == lang
                      and v['voice'] == voice and not (v['tags'] & excl_tags)
                      and ('female' not in v['tags'] or fem_ok)
                      and setting_ok(v)]
                real_slot = slot
                if not vs and strict:
                    continue
                if not vs and voice in ('rule', 'bullet', 'rule_id'):
                    voice = 'clause' if lang == 'en' else 'pasal'
                    real_slot = 'body'
                    vs = [v for v in LOOK if v['type'] == t and v['lang'] == lang
                          and v['voice'] == voice
                          and not (v['tags'] & excl_tags)
                          and ('female' not in v['tags'] or fem_ok)
                          and setting_ok(v)]
                vs = [v for v in vs if used_v.get(id(v), 0) < 3]
                if not vs:
                    continue
                rng.shuffle(vs)
                vs.sort(key=lambda v: used_v.get(id(v), 0))
                v = vs[0]
                used_v[id(v)] = used_v.get(id(v), 0) + 1
                used_t[(t, c['lang'])] += 1
                chosen.append(t)
                looks.append(dict(type=t, v=v, slot=real_slot, voice=voice))
                break
            else:
                raise SystemExit('no look-alike for %s slot %s' % (c['id'], slot))
            cands.sort(key=lambda t: used_t[(t, c['lang'])])
        plans[c['id']] = looks
    return plans, used_v


def materialise(c, looks, p):
    out = []
    sec_map = LOOK_SEC_EN if c['lang'] == 'en' else LOOK_SEC_ID
    for lk in looks:
        v = lk['v']
        d = dict(type=lk['type'], slot=lk['slot'],
                 sec=v.get('sec') or sec_map[lk['type']])
        if 'q' in v:
            d['q'], d['a'] = fill(v['q'], p), fill(v['a'], p)
            d['text'] = d['a']
        else:
            d['text'] = fill(v['text'], p)
        out.append(d)
    return {'looks': out}


# ---------------------------------------------------------------- build
FOOTERS_EN = ['Page {p} of {n}        Employer\'s initials: _____    '
              'Worker\'s initials: _____',
              '- {p} -',
              'Contract ref. {ref}    page {p}/{n}',
              'Page {p}  |  Initials: Employer ______ Worker ______']
FOOTERS_FAQ = ['Orientation handout  -  page {p} of {n}',
               'Page {p}    Keep this handout with your contract']
FOOTERS_ID = ['Halaman {p} dari {n}    Paraf Pekerja: _____   '
              'Paraf Pemberi Kerja: _____',
              '- {p} -']


def build_once(c, version, drop, plan_looks):
    rng = random.Random('%s-%s' % (SEED, c['id']))
    p = make_p(c, rng, version)
    if c['lang'] == 'id':
        p['h_w'] = NUM_ID[p['h']]
        p['rest_w'] = NUM_ID[p['rest_h']]
    plan = materialise(c, plan_looks, p)
    # marks
    n = 0
    marks = {}
    abuses = []
    for ab in c['abuses']:
        ch = chr(MARK0 + n)
        marks[ch] = ab[1]
        n += 1
        ab = list(ab)
        idx = 3 if ab[0] in ('qa', 'body') else 2
        t = fill(ab[idx], p)
        t = t.replace('^', ch) if '^' in t else ch + t
        ab[idx] = t
        abuses.append(tuple(ab))
    c2 = dict(c)
    c2['abuses'] = abuses
    width = rng.randint(70, 78)
    every = rng.randint(46, 54)
    if c['form'] == 'faq' and c['lang'] == 'en':
        fstyle = rng.choice(FOOTERS_FAQ)
    elif c['lang'] == 'id':
        fstyle = rng.choice(FOOTERS_ID)
    else:
        fstyle = rng.choice(FOOTERS_EN)
    if c['lang'] == 'id' and c['form'] == 'faq':
        b = build_faq(c2, p, rng, drop, plan)
    elif c['lang'] == 'id':
        b = build_id_contract(c2, p, rng, drop, plan)
    elif c['form'] == 'faq':
        b = build_faq(c2, p, rng, drop, plan)
    elif c['form'] == 'std':
        b = build_std_en(c2, p, rng, drop, plan)
    elif c['form'] == 'house':
        b = build_house_en(c2, p, rng, drop, plan)
    elif c['form'] == 'glance':
        b = build_glance_en(c2, p, rng, drop, plan)
    else:
        b = build_defs_en(c2, p, rng, drop, plan)
    stats = {}
    lines = render(b, width, bool(c.get('hyph')), stats)
    lines = add_footers(lines, every, fstyle, p)
    if c.get('typo'):
        lines = [typographic(x) for x in lines]
    if c.get('caps'):
        lines = [x.upper() for x in lines]
    labels, pairline = [], None
    clean = []
    for i, ln in enumerate(lines, 1):
        for ch in ln:
            if ch == PAIRMARK:
                pairline = i
            elif is_mark(ch):
                labels.append((marks[ch], i))
        clean.append(''.join(ch for ch in ln if not is_mark(ch)))
    if len(labels) != len(c['abuses']):
        raise SystemExit('marker lost in %s' % c['id'])
    return dict(lines=clean, labels=sorted(labels, key=lambda x: x[1]),
                pairline=pairline, stats=stats, width=width, p=p,
                target=random.Random('%s-%s-t' % (SEED, c['id'])).randint(
                    *((110, 136) if c['form'] == 'std' else (96, 132))))


OPT_IDS = ['p2', 'd9', 'j2', 'du2', 'w2', 'w3', 'lv', 'ac', 'md', 'tr2', 'dc',
           'tm1', 'tm2', 'cp2', 'g2', 'g3', 'an0', 'an1', 'an2', 'hr4', 'hr5',
           'hr6', 'hr7', 'gl1', 'gl2', 'fl', 'fa', 'fm', 'fr', 'fp', 'fs', 'ft']


def build(c, plan_looks, version=None):
    order = list(OPT_IDS)
    random.Random('%s-%s-drop' % (SEED, c['id'])).shuffle(order)
    drop = set()
    r = build_once(c, version or 'dest', drop, plan_looks)
    target = r['target']
    k = 0
    while len(r['lines']) > target and k < len(order):
        drop.add(order[k])
        k += 1
        r = build_once(c, version or 'dest', drop, plan_looks)
    r['drop'] = drop
    return r


def main():
    outdir = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
    tdir = os.path.join(outdir, 'texts')
    os.makedirs(tdir, exist_ok=True)
    plans, used_v = plan_lookalikes()
    labels, contracts, comp = [], [], []
    report = []
    look_counts = {}
    for c in C:
        cid = c['id']
        r = build(c, plans[cid])
        texts = {cid + '.txt': r['lines']}
        if c.get('pair'):
            ro = build_once(c, 'origin', r['drop'], plans[cid])
            texts[cid + '.origin.txt'] = ro['lines']
            diff = [(i + 1, a, b) for i, (a, b) in
                    enumerate(zip(ro['lines'], r['lines'])) if a != b]
            report.append('PAIR %s: %d/%d lines; differing lines:' % (
                cid, len(ro['lines']), len(r['lines'])))
            for i, a, b in diff:
                report.append('   %3d  origin: %s' % (i, a))
                report.append('   %3d  dest  : %s' % (i, b))
            if len(ro['lines']) != len(r['lines']):
                report.append('   !! line counts differ')
        for name, lines in texts.items():
            with open(os.path.join(tdir, name), 'w', encoding='utf-8',
                      newline='\n') as fh:
                fh.write('\n'.join(lines) + '\n')
        lines = r['lines']
        for rule, ln in r['labels']:
            labels.append((cid, c['lang'], rule, ln))
            report.append('%s %s line %d' % (cid, rule, ln))
            report.append('   %3d| %s' % (ln - 1, lines[ln - 2] if ln > 1 else ''))
            report.append('   %3d| %s' % (ln, lines[ln - 1]))
        if c['role'] == 'ctr010':
            labels.append((cid, c['lang'], 'CTR-010', ''))
        if c.get('pair') and c['pair']['labelled']:
            ln = r['pairline']
            labels.append((cid, c['lang'], 'CTR-011', ln))
            report.append('%s CTR-011 line %d' % (cid, ln))
            report.append('   %3d| %s' % (ln - 1, lines[ln - 2]))
            report.append('   %3d| %s' % (ln, lines[ln - 1]))
        contracts.append((cid, c['lang'], c['wage'], c['cur']))
        lt = sorted(lk['type'] for lk in plans[cid])
        for lk in plans[cid]:
            key = (lk['type'], c['lang'])
            look_counts[key] = look_counts.get(key, 0) + 1
        if c['role'] in ('abuse', 'clean'):
            detail = ' '.join(x[0] for x in r['labels'])
        elif c['role'] == 'ctr010':
            detail = ' '.join(c['missing'])
        else:
            detail = c['pair']['detail']
        pov = {'faq': 'you' if c['lang'] == 'en' else 'anda'}.get(
            c['form'], 'roles' if c['lang'] == 'en' else 'peran')
        numbering = 'qa' if c['form'] == 'faq' else (
            'pasal' if c['lang'] == 'id' else c['numbering'])
        sched = 'none'
        if c['form'] == 'std' and c.get('addkind'):
            sched = {'ADDENDUM': 'addendum', 'SIDE AGREEMENT': 'side-agreement',
                     'SUPPLEMENTARY TERMS': 'supplementary',
                     "EMPLOYER'S SPECIAL CONDITIONS": 'special-conditions',
                     'ADENDUM': 'adendum'}[c['addkind']]
        elif c['form'] == 'house':
            sched = {'HOUSE RULES': 'house', 'HOUSEHOLD RULES': 'house',
                     'DORMITORY RULES': 'dormitory',
                     'STAFF ACCOMMODATION RULES': 'accommodation',
                     'PERATURAN RUMAH': 'peraturan-rumah'}[c['house_title']]
        elif c['form'] == 'glance':
            sched = 'glance'
        comp.append((cid, c['lang'], c['role'], c['sector'], c['dest'],
                     c['origin'], detail, ' '.join(lt), pov, numbering,
                     int(bool(c.get('caps'))), int(bool(c.get('typo'))),
                     int(bool(c.get('hyph'))), sched,
                     int(c['form'] == 'defs'), 0, len(lines)))
        report.append('%s: %d lines (target %d, width %d, hyphens %d, dropped '
                      '%d) looks %s' % (cid, len(lines), r['target'], r['width'],
                                        r['stats'].get('hyph', 0),
                                        len(r['drop']),
                                        ', '.join('%s/%s' % (lk['type'], lk['slot'])
                                                  for lk in plans[cid])))
    with open(os.path.join(outdir, 'labels.csv'), 'w', newline='',
              encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['contract', 'language', 'rule', 'line'])
        w.writerows(labels)
    with open(os.path.join(outdir, 'contracts.csv'), 'w', newline='',
              encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['contract', 'language', 'wage', 'currency'])
        w.writerows(contracts)
    with open(os.path.join(outdir, 'composition.csv'), 'w', newline='',
              encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['contract', 'language', 'role', 'sector', 'destination',
                    'origin', 'detail', 'lookalike_types', 'pov', 'numbering',
                    'caps_all', 'typographic', 'hyphenation', 'schedule',
                    'definitions', 'bilingual', 'lines'])
        w.writerows(comp)
    if outdir != HERE:
        for f in ('README.md', 'make_set.py', 'wording.py', 'check_overlap.py'):
            if os.path.exists(os.path.join(HERE, f)):
                shutil.copy(os.path.join(HERE, f), os.path.join(outdir, f))
    print('\n'.join(report))
    print('look-alikes by type/lang:', sorted(look_counts.items()))
    print('look-alikes total:', sum(look_counts.values()))
    vmax = max(used_v.values())
    print('max uses of one variant:', vmax, '; variants used:', len(used_v))


if __name__ == '__main__':
    main()
