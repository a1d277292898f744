# -*- coding: utf-8 -*-
"""Generate contract evaluation batch 12 (R-001 .. R-060).

Usage: python3 make_set.py [outdir]      (default: this folder)

Deterministic (fixed seed, no dependence on hash order), Python 3 standard
library only, runs in well under a second.  Labels come from construction:
every abusive clause carries a private-use marker character (U+E000 + n)
through placeholder filling, numbering, wrapping (markers have zero width),
hyphenation, page furniture, typographic quotes and upper-casing; its label
line is the line where the marker ends up, and the marker is then removed.
"""
import csv
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variants import ABUSE, LOOK, EXTRA_DEFS, CHAT_Q, CHAT_Q_ID  # noqa: E402

SEED = 20261212
LAB = 0xE000          # label markers
SEN = 0xE200          # sentence-start markers (run-on sentences, README only)
MK = re.compile('[\ue000-\ue3ff]')
RULES = ['CTR-%03d' % i for i in range(1, 10)]


def vlen(s):
    return len(MK.sub('', s))


# ---------------------------------------------------------------------------
# wrapping with optional line-end hyphenation
# ---------------------------------------------------------------------------
VOW = set('aeiouyAEIOUY')


def hyph_split(w, room):
    core = w.rstrip('.,;:)')
    tail = w[len(core):]
    if not core.isalpha() or len(core) < 9 or room < 5:
        return None
    hi = min(len(core) - 4, room - 1)
    for p in range(hi, 3, -1):      # vowel, consonant | consonant
        if core[p - 2] in VOW and core[p - 1] not in VOW and core[p] not in VOW:
            return core[:p], core[p:] + tail
    for p in range(hi, 3, -1):      # vowel | consonant
        if core[p - 1] in VOW and core[p] not in VOW:
            return core[:p], core[p:] + tail
    return None


def wrap(text, width, first='', rest=None, hyph=False):
    if rest is None:
        rest = ' ' * vlen(first)
    out = []
    cur, n, has = first, vlen(first), False
    for w in text.split():
        wl = vlen(w)
        add = wl + (1 if has else 0)
        if n + add <= width or not has:
            cur += (' ' if has else '') + w
            n += add
            has = True
            continue
        if hyph:
            sp = hyph_split(w, width - n - 2)
            if sp:
                out.append(cur + ' ' + sp[0] + '-')
                cur, n, has = rest + sp[1], vlen(rest) + vlen(sp[1]), True
                continue
        out.append(cur)
        cur, n, has = rest + w, vlen(rest) + wl, True
    out.append(cur)
    return out


class Doc:
    def __init__(self, width, hyph=False):
        self.L = []
        self.w = width
        self.h = hyph

    def line(self, t=''):
        self.L.append(t)

    def blank(self):
        if self.L and self.L[-1].strip() != '':
            self.L.append('')

    def para(self, text, first='', rest=None, width=None):
        self.L.extend(wrap(text, width or self.w, first, rest, self.h))


# ---------------------------------------------------------------------------
# countries, people
# ---------------------------------------------------------------------------
DEST = {
    # code: name, city, currency, complaint channel (en), channel short,
    #       Indonesian name, Indonesian channel
    'SA': ('Saudi Arabia', 'Riyadh', 'SAR',
           'the Ministry of Human Resources and Social Development (call centre 19911)',
           'MHRSD 19911', 'Arab Saudi', 'Kementerian Sumber Daya Manusia Arab Saudi (19911)'),
    'KW': ('Kuwait', 'Kuwait City', 'KWD',
           'the Public Authority for Manpower', 'PAM labour relations', 'Kuwait', ''),
    'QA': ('Qatar', 'Doha', 'QAR',
           'the complaints section of the Ministry of Labour or a Labour Dispute Settlement Committee',
           'MOL complaints, tel. 40280660', 'Qatar', ''),
    'AE': ('the United Arab Emirates', 'Dubai', 'AED',
           'the Ministry of Human Resources and Emiratisation (telephone 80060)',
           'MOHRE 80060', 'Uni Emirat Arab', ''),
    'OM': ('Oman', 'Muscat', 'OMR',
           'the labour care department of the Ministry of Labour',
           'Min. of Labour, labour care dept.', 'Oman', ''),
    'BH': ('Bahrain', 'Manama', 'BHD',
           'the Labour Market Regulatory Authority (expat protection centre)',
           'LMRA protection centre', 'Bahrain', ''),
    'JO': ('Jordan', 'Amman', 'JOD',
           'the domestic workers directorate of the Ministry of Labour',
           'Min. of Labour hotline', 'Yordania', ''),
    'LB': ('Lebanon', 'Beirut', 'USD',
           'the complaints office of the Ministry of Labour',
           'Min. of Labour complaints office', 'Lebanon', ''),
    'HK': ('Hong Kong', 'Hong Kong', 'HKD',
           'the Labour Department (free conciliation service)',
           'Labour Dept. 2717 1771', 'Hong Kong',
           'Labour Department Hong Kong (layanan konsiliasi gratis)'),
    'TW': ('Taiwan', 'Taichung', 'TWD',
           'the foreign worker consultation and complaint line of the Ministry of Labor (dial 1955)',
           'MOL line 1955', 'Taiwan',
           'saluran pengaduan pekerja asing Kementerian Tenaga Kerja Taiwan (1955)'),
    'MY': ('Malaysia', 'Johor Bahru', 'MYR',
           'the Labour Department of Peninsular Malaysia (JTKSM)',
           'JTKSM labour office', 'Malaysia',
           'Jabatan Tenaga Kerja Semenanjung Malaysia (JTKSM)'),
    'SG': ('Singapore', 'Singapore', 'SGD',
           'the Ministry of Manpower or the Centre for Domestic Employees',
           'MOM / CDE helpline', 'Singapura',
           'Ministry of Manpower (MOM) Singapura atau Centre for Domestic Employees'),
}
ORIG = {
    # code: name, city, language, agency, licence, officer, women, men
    'PH': ('the Philippines', 'Manila', 'Filipino',
           'Northstar Manpower Services Inc.', 'DMW-187-LB-0924', 'Ms Joy',
           ['Marites Dela Cruz', 'Jocelyn Bautista', 'Rhea Mae Santos',
            'Analyn Villanueva', 'Cherry Ramos', 'Lovely Manalo', 'Gemma Ocampo'],
           ['Romel Aquino', 'Jayson Lacson']),
    'ID': ('Indonesia', 'Surabaya', 'Indonesian', 'PT Karya Mandiri Sejahtera',
           'P3MI 2/1187/2024', 'Bu Rina',
           ['Sri Wahyuni', 'Nur Aini', 'Kartini Rahayu', 'Yuli Astuti',
            'Rina Marlina', 'Umi Kalsum', 'Ratna Sari', 'Endang Susilowati'],
           ['Agus Setiawan', 'Rudi Hartono', 'Bambang Sutrisno']),
    'KE': ('Kenya', 'Nairobi', 'Swahili',
           'Rift Valley Placement Agency Ltd', 'NEA/PEA/0412', 'Mr Kiprono',
           ['Faith Wanjiru', 'Mercy Achieng', 'Esther Nduta'], ['Peter Otieno']),
    'BD': ('Bangladesh', 'Dhaka', 'Bengali', 'Sonar Bangla Overseas',
           'RL-1123', 'Mr Kamal',
           ['Jahanara Begum'], ['Md. Rafiqul Islam', 'Shahidul Alam', 'Abdul Karim',
                                'Mizanur Rahman']),
    'IN': ('India', 'Kochi', 'Malayalam', 'Coromandel Overseas Recruiters',
           'B-0981/KER/PER/1000+/5/9644/2019', 'Mr Thomas',
           ['Lakshmi Nair'], ['Suresh Kumar', 'Rajesh Yadav', 'Anil Varghese']),
    'NP': ('Nepal', 'Kathmandu', 'Nepali', 'Himal Manpower Pvt. Ltd.',
           'DoFE 1377/071/072', 'Mr Shrestha',
           ['Sabina Magar', 'Sunita Tamang'], ['Bishnu Tamang', 'Ram Bahadur Gurung',
                                                'Dil Kumar Rai']),
    'LK': ('Sri Lanka', 'Colombo', 'Sinhala', 'Ceylon Horizon Employment Agency',
           'SLBFE 2241', 'Mrs Perera',
           ['Chandrika Perera', 'Nadeeka Kumari', 'Dilani Jayasinghe'], ['Kasun Fernando']),
    'UG': ('Uganda', 'Kampala', 'Luganda', 'Pearl Link Labour Export Ltd',
           'MGLSD/EL/0336', 'Ms Nakato',
           ['Harriet Nansubuga', 'Brenda Achan'], ['Moses Okello']),
    'ET': ('Ethiopia', 'Addis Ababa', 'Amharic', 'Abay Overseas Employment Agency PLC',
           'MoLS/OEA/118', 'Ms Hiwot',
           ['Tsehay Bekele', 'Almaz Tadesse', 'Meseret Alemu'], []),
    'MM': ('Myanmar', 'Yangon', 'Burmese', 'Golden Lotus Overseas Employment Co.',
           'OEA-0659', 'Ms Thandar',
           ['Thida Win', 'Aye Aye Khaing'], ['Kyaw Min Htet']),
    'VN': ('Viet Nam', 'Hanoi', 'Vietnamese', 'Saigon Labour Export JSC',
           'DOLAB 311/LDTBXH', 'Mr Duc',
           ['Nguyen Thi Hoa', 'Le Thi Thu'], ['Tran Van Minh']),
}
EMB_TW = {'PH': 'the Manila Economic and Cultural Office in Taipei',
          'ID': 'the Indonesian Economic and Trade Office (KDEI) in Taipei',
          'VN': 'the Viet Nam Economic and Cultural Office in Taipei'}
HH_EMP = {
    'SA': ['Mr Fahad Al-Otaibi', 'Mrs Hessa Al-Qahtani', 'Mr Turki Al-Shehri'],
    'KW': ['Mr Bader Al-Mutairi', 'Mrs Dalal Al-Enezi'],
    'QA': ['Mr Khalid Al-Kuwari'], 'AE': ['Mrs Mariam Al-Suwaidi', 'Mr Rashid Al-Falasi'],
    'OM': ['Mr Hamed Al-Hinai', 'Mrs Shamsa Al-Harthi'], 'BH': ['Mrs Fatema Al-Sayed'],
    'JO': ['Mrs Rania Haddad', 'Mr Omar Khasawneh'], 'LB': ['Mrs Nada Khalil', 'Mr Georges Azar'],
    'HK': ['Ms Chan Wai Man', 'Mr Leung Ka Fai', 'Mrs Vivian Cheung', 'Mr Wong Tsz Hin',
           'Ms Ho Mei Ling'],
    'TW': ['Mr Huang Wen-Jie', 'Ms Tsai Shu-Fen', 'Mr Chen Kuo-Hua'],
    'MY': ['Puan Norhayati binti Ismail', 'Mr Tan Boon Keat'],
    'SG': ['Mrs Lim Bee Hoon', 'Mr Ong Wei Ming'],
}
CO_PREFIX = {'SA': ['Al-Rashid', 'Najd Valley'], 'KW': ['Gulf Star', 'Salmiya'],
             'QA': ['Pearl Coast', 'Al Wakra', 'Lusail'], 'AE': ['Creekside', 'Sahara', 'Jumeira'],
             'OM': ['Batinah', 'Muscat'], 'BH': ['Dilmun', 'Sitra'], 'HK': ['Harbourview'],
             'TW': ['Formosa', 'Sheng Fa', 'Da Li'], 'MY': ['Sinar', 'Tebrau', 'Mutiara', 'Bukit Hijau'],
             'SG': ['CleanPro', 'Jurong']}
CO_WORD = {'construction': ['Contracting', 'Building and Contracting'],
           'hospitality': ['Hotels', 'Hospitality'],
           'manufacturing': ['Precision Parts', 'Electronics', 'Glove Industries', 'Plastics'],
           'cleaning': ['Facility Services', 'Cleaning Services'],
           'plantation': ['Plantations', 'Palm Estates'], 'fishing': ['Fishery']}
CO_SUFFIX = {'SA': 'Co.', 'KW': 'W.L.L.', 'QA': 'W.L.L.', 'BH': 'W.L.L.', 'AE': 'LLC',
             'OM': 'LLC', 'HK': 'Ltd', 'TW': 'Co., Ltd.', 'MY': 'Sdn. Bhd.', 'SG': 'Pte. Ltd.'}
ADDR_HH = {'SA': ['Villa 14, Al Nakheel District', 'Villa 3, Al Yasmin District'],
           'KW': ['House 22, Block 4, Salwa', 'House 9, Block 2, Rumaithiya'],
           'QA': ['Villa 17, Street 840, Al Gharrafa'],
           'AE': ['Villa 22, Street 9, Al Barsha', 'Villa 5, Mirdif'],
           'OM': ['Villa 1207, Way 3019, Al Khuwair'], 'BH': ['House 118, Road 2405, Saar'],
           'JO': ['Building 12, Mecca Street', 'Apartment 4, Abdoun'],
           'LB': ['Building 7, Hamra Street', 'Apartment 3B, Achrafieh'],
           'HK': ['Flat 12C, Block 7, Taikoo Shing', 'Flat 8A, Tower 2, Mei Foo Sun Chuen',
                  'Flat 21F, Kornhill Gardens'],
           'TW': ['No. 18, Lane 5, Section 2, Wenxin Road', '5F, No. 33, Gongyi Road'],
           'MY': ['No. 12, Jalan Mutiara 3, Taman Mutiara Rini',
                  'No. 7, Jalan Setia 2, Taman Setia Indah'],
           'SG': ['Block 456, Tampines Street 42, #08-123', '15 Bukit Timah Rise']}
ADDR_CO = {'SA': ['P.O. Box 2231', 'Second Industrial City'],
           'KW': ['Shuwaikh Industrial Area, Block 1'],
           'QA': ['Street 24, Industrial Area', 'Plot 14, Birkat Al Awamer'],
           'AE': ['Plot 597-512, Dubai Investments Park', 'Al Quoz Industrial Area 3'],
           'OM': ['Rusayl Industrial Estate', 'Way 6513, Ghala'],
           'BH': ['Building 88, Road 1204, Sitra', 'Block 346'],
           'HK': ['Unit 5, 12/F, Kwun Tong Industrial Centre'],
           'TW': ['No. 9, Gongye 5th Road, Taichung Industrial Park', 'Fishing Harbour Road 2, Wuqi District'],
           'MY': ['Lot 6, Jalan Perindustrian 2, Pasir Gudang', 'Plot 12, Jalan Tebrau'],
           'SG': ['10 Ubi Crescent, #03-45']}
PHONE = {'PH': 63, 'ID': 62, 'KE': 254, 'BD': 880, 'IN': 91, 'NP': 977, 'LK': 94, 'UG': 256,
         'ET': 251, 'MM': 95, 'VN': 84}


def rchoice(rng, lst):
    return lst[rng.randrange(len(lst))]


JOBS = {
    'domestic': ['domestic worker', 'household service worker', 'domestic helper'],
    'care': ['caregiver', 'home care worker'],
    'construction': ['steel fixer', 'mason', 'general construction worker', 'scaffolder'],
    'manufacturing': ['production operator', 'machine operator'],
    'hospitality': ['room attendant', 'commis cook', 'restaurant server'],
    'cleaning': ['cleaner', 'cleaning attendant'],
    'plantation': ['harvester', 'field worker'],
    'fishing': ['deckhand'],
}
JOBS_ID = {'domestic': 'penata laksana rumah tangga', 'care': 'perawat lansia (caregiver)',
           'manufacturing': 'operator produksi', 'fishing': 'anak buah kapal (ABK)'}
NUMW = {12: 'twelve', 18: 'eighteen', 24: 'twenty-four', 36: 'thirty-six'}


# ---------------------------------------------------------------------------
# plan: 60 contracts (key, language, role, layout, sector, destination,
# origin, sex, wage, abusive variant ids / missing elements / pair change)
# ---------------------------------------------------------------------------
def P(k, lang, role, lay, sector, dest, orig, sex, wage, **kw):
    d = dict(k=k, lang=lang, role=role, lay=lay, sector=sector, dest=dest,
             orig=orig, sex=sex, wage=wage, ab=[], missing=[], pair=None)
    d.update(kw)
    d['hh'] = sector in ('domestic', 'care')
    return d


PLAN = [
    # government standard forms
    P('g1', 'en', 'abuse', 'govform', 'construction', 'SA', 'NP', 'm', (1800, 'SAR 1,800.00'), ab=['g1_008']),
    P('g2', 'en', 'abuse', 'govform', 'domestic', 'KW', 'PH', 'f', (120, 'KWD 120 (one hundred and twenty Kuwaiti dinars)'), ab=['g2_001', 'g2_004'], hyph=1),
    P('g3', 'en', 'abuse', 'govform', 'care', 'TW', 'VN', 'f', (20000, 'NT$20,000'), ab=['g3_002', 'g3_005', 'g3_009']),
    P('g4', 'en', 'abuse', 'govform', 'manufacturing', 'MY', 'BD', 'm', (1700, 'RM1,700.00'), ab=['g4_007']),
    P('g5', 'en', 'abuse', 'govform', 'domestic', 'JO', 'ET', 'f', (260, 'JOD 260'), ab=['g5_003', 'g5_006']),
    P('g6', 'en', 'clean', 'govform', 'cleaning', 'QA', 'KE', 'f', (1400, 'QAR 1,400')),
    P('g7', 'en', 'ctr010', 'govform', 'hospitality', 'BH', 'IN', 'm', (150, 'BHD 150'), missing=['complaint']),
    P('g8', 'en', 'pair', 'govform', 'domestic', 'SA', 'PH', 'f', (400, 'USD 400 (four hundred United States dollars)'),
      pair=('wage', 'SAR 1,350 (one thousand three hundred and fifty Saudi riyals)'), wcur='USD'),
    P('g9', 'en', 'pair', 'govform', 'construction', 'OM', 'BD', 'm', (150, 'OMR 150'), pair=('hours-more', (10, 60), (8, 48))),
    # contract + handbook / household code
    P('h1', 'en', 'abuse', 'handbook', 'manufacturing', 'TW', 'PH', 'f', (28590, 'NT$28,590'), ab=['h1_004']),
    P('h2', 'en', 'abuse', 'handbook', 'hospitality', 'AE', 'PH', 'f', (1600, 'AED 1,600'), ab=['h2_006', 'h2_007', 'h2_009']),
    P('h3', 'en', 'abuse', 'handbook', 'plantation', 'MY', 'ID', 'm', (1700, 'MYR 1,700'), ab=['h3_001']),
    P('h4', 'en', 'abuse', 'handbook', 'cleaning', 'SG', 'MM', 'f', (1400, 'S$1,400'), ab=['h4_002', 'h4_008']),
    P('h5', 'en', 'abuse', 'handbook', 'domestic', 'HK', 'PH', 'f', (5100, 'HK$5,100'), ab=['h5_005', 'h5_003']),
    P('h6', 'en', 'clean', 'handbook', 'care', 'HK', 'LK', 'f', (5100, 'HKD 5,100')),
    P('h7', 'en', 'ctr010', 'handbook', 'manufacturing', 'MY', 'NP', 'm', (1800, 'RM 1,800'), missing=['hours']),
    # recruitment-agency service agreements
    P('a1', 'en', 'abuse', 'agency', 'domestic', 'SA', 'KE', 'f', (1500, 'SAR 1,500'), ab=['a1_002', 'a1_003', 'a1_001']),
    P('a2', 'en', 'abuse', 'agency', 'construction', 'QA', 'NP', 'm', (1200, 'QAR 1,200'), ab=['a2_009']),
    P('a3', 'en', 'abuse', 'agency', 'domestic', 'LB', 'ET', 'f', (250, 'USD 250'), ab=['a3_007', 'a3_008']),
    P('a4', 'en', 'abuse', 'agency', 'care', 'TW', 'ID', 'f', (20000, 'NT$20,000'), ab=['a4_005']),
    P('a5', 'en', 'abuse', 'agency', 'domestic', 'OM', 'LK', 'f', (140, 'OMR 140'), ab=['a5_006', 'a5_004']),
    P('a6', 'en', 'ctr010', 'agency', 'hospitality', 'KW', 'IN', 'm', (150, 'KWD 150'), missing=['repatriation', 'complaint']),
    P('a7', 'en', 'pair', 'agency', 'cleaning', 'AE', 'UG', 'f', (1500, 'AED 1,500'), pair=('hours', (8, 48), (10, 60))),
    # chat confirmations in an annex
    P('c1', 'en', 'abuse', 'chat', 'fishing', 'TW', 'ID', 'm', (28590, 'NT$28,590'), ab=['c1_002']),
    P('c2', 'en', 'abuse', 'chat', 'domestic', 'HK', 'PH', 'f', (5100, 'HK$5,100'), ab=['c2_001', 'c2_006'], emp='Mrs Vivian Cheung'),
    P('c3', 'en', 'abuse', 'chat', 'construction', 'AE', 'BD', 'm', (1300, 'AED 1,300'), ab=['c3_003', 'c3_004', 'c3_008']),
    P('c4', 'en', 'abuse', 'chat', 'care', 'SG', 'MM', 'f', (750, 'S$750'), ab=['c4_007'], emp='Mrs Lim Bee Hoon'),
    P('c5', 'en', 'abuse', 'chat', 'domestic', 'KW', 'ET', 'f', (110, 'KWD 110'), ab=['c5_005', 'c5_009']),
    P('c6', 'en', 'clean', 'chat', 'hospitality', 'MY', 'NP', 'm', (1900, 'RM1,900')),
    P('c7', 'en', 'ctr010', 'chat', 'domestic', 'BH', 'LK', 'f', (140, 'BHD 140'), missing=['wage']),
    # long definitions sections
    P('d1', 'en', 'abuse', 'definitions', 'hospitality', 'QA', 'KE', 'm', (1600, 'QAR 1,600'), ab=['d1_004', 'd1_007', 'd1_009'], hyph=1),
    P('d2', 'en', 'abuse', 'definitions', 'manufacturing', 'MY', 'VN', 'f', (1800, 'MYR 1,800.00'), ab=['d2_003']),
    P('d3', 'en', 'abuse', 'definitions', 'care', 'SA', 'PH', 'f', (1500, 'SAR 1,500'), ab=['d3_001', 'd3_005', 'd3_008']),
    P('d4', 'en', 'abuse', 'definitions', 'plantation', 'MY', 'BD', 'm', (1700, 'RM 1,700'), ab=['d4_002']),
    P('d5', 'en', 'ctr010', 'definitions', 'hospitality', 'AE', 'KE', 'f', (1700, 'AED 1,700'), missing=['weekly-rest']),
    P('d6', 'en', 'pair', 'definitions', 'cleaning', 'OM', 'PH', 'f', (160, 'OMR 160.000'), pair=('identical',)),
    # telegraphic offer sheets
    P('o1', 'en', 'abuse', 'offer', 'domestic', 'SA', 'ID', 'f', (1500, 'SAR 1,500'), ab=['o1_006'], caps=1),
    P('o2', 'en', 'abuse', 'offer', 'construction', 'KW', 'IN', 'm', (140, 'KWD 140'), ab=['o2_008', 'o2_007'], caps=1),
    P('o3', 'en', 'abuse', 'offer', 'domestic', 'JO', 'LK', 'f', (270, 'JOD 270'), ab=['o3_004']),
    P('o4', 'en', 'abuse', 'offer', 'manufacturing', 'MY', 'NP', 'm', (1700, 'RM 1,700'), ab=['o4_002', 'o4_003'], caps=1),
    P('o5', 'en', 'clean', 'offer', 'manufacturing', 'TW', 'VN', 'm', (28590, 'NT$28,590'), caps=1),
    P('o6', 'en', 'ctr010', 'offer', 'construction', 'BH', 'IN', 'm', (130, 'BHD 130'), missing=['repatriation']),
    # run-on deeds
    P('r1', 'en', 'abuse', 'runon', 'cleaning', 'QA', 'UG', 'f', (1300, 'QAR 1,300'), ab=['r1_002', 'r1_004']),
    P('r2', 'en', 'abuse', 'runon', 'construction', 'MY', 'NP', 'm', (1800, 'RM1,800'), ab=['r2_009']),
    P('r3', 'en', 'abuse', 'runon', 'domestic', 'AE', 'UG', 'f', (1400, 'AED 1,400'), ab=['r3_003', 'r3_005', 'r3_009'], hyph=1),
    P('r4', 'en', 'abuse', 'runon', 'construction', 'OM', 'BD', 'm', (160, 'OMR 160'), ab=['r4_001']),
    P('r5', 'en', 'abuse', 'runon', 'domestic', 'HK', 'NP', 'f', (5100, 'HK$5,100'), ab=['r5_006', 'r5_008']),
    P('r6', 'en', 'clean', 'runon', 'domestic', 'LB', 'KE', 'f', (300, 'USD 300')),
    P('r7', 'en', 'pair', 'runon', 'manufacturing', 'TW', 'PH', 'm', (28590, 'NT$28,590'), pair=('rest-fewer', 'week', 'fortnight')),
    # bilingual, English and Indonesian on alternating lines
    P('b1', 'en', 'abuse', 'bilingual', 'domestic', 'HK', 'ID', 'f', (5100, ('HK$5,100', 'HK$ 5.100')), ab=['b1_005', 'b1_006']),
    P('b2', 'en', 'ctr010', 'bilingual', 'care', 'TW', 'ID', 'f', (20000, ('NT$20,000', 'NT$ 20.000')), missing=['hours', 'repatriation']),
    # Indonesian
    P('p1', 'id', 'abuse', 'pasal', 'care', 'TW', 'ID', 'f', (20000, 'NT$ 20.000'), ab=['p1_001', 'p1_003', 'p1_009']),
    P('p2', 'id', 'abuse', 'pasal', 'domestic', 'HK', 'ID', 'f', (5100, 'HK$ 5.100'), ab=['p2_005']),
    P('p3', 'id', 'pair', 'pasal', 'manufacturing', 'TW', 'ID', 'm', (28590, 'NT$ 28.590'), pair=('wage', 'NT$ 26.400')),
    P('w1', 'id', 'abuse', 'obrolan', 'domestic', 'SA', 'ID', 'f', (1500, 'SAR 1.500'), ab=['w1_007', 'w1_004']),
    P('w2', 'id', 'ctr010', 'obrolan', 'domestic', 'MY', 'ID', 'f', (1800, 'RM 1.800'), missing=['weekly-rest']),
    P('t1', 'id', 'abuse', 'tatatertib', 'manufacturing', 'MY', 'ID', 'f', (1700, 'RM 1.700'), ab=['tt1_006', 'tt1_008']),
    P('t2', 'id', 'abuse', 'tatatertib', 'fishing', 'TW', 'ID', 'm', (28590, 'NT$ 28.590'), ab=['tt2_001']),
    P('n1', 'id', 'abuse', 'tawaran', 'domestic', 'SG', 'ID', 'f', (700, 'S$ 700'), ab=['tw1_002', 'tw1_007'], caps=1),
    P('n2', 'id', 'clean', 'tawaran', 'domestic', 'HK', 'ID', 'f', (5100, 'HK$ 5.100')),
]

LAYOUT_FORMS = {   # look-alike forms in order of preference
    'govform': ['p'], 'handbook': ['r', 'p'], 'agency': ['p'], 'chat': ['c', 'p'],
    'definitions': ['p'], 'offer': ['t'], 'runon': ['o', 'p'], 'bilingual': ['b'],
    'pasal': ['ip'], 'obrolan': ['ic', 'ip'], 'tatatertib': ['ir', 'ip'], 'tawaran': ['it'],
}
MISS_TAG = {'wage': 'wage', 'hours': 'hours', 'weekly-rest': 'rest',
            'repatriation': 'travel', 'complaint': 'complaint'}


# ---------------------------------------------------------------------------
# placeholders
# ---------------------------------------------------------------------------
PH_RE = re.compile(r'\{([A-Za-z_]+)\}')
REF_RE = re.compile(r'\{ref:([a-z_]+)\}')


def fill(text, ctx):
    def rep(m):
        k = m.group(1)
        if k not in ctx:
            raise KeyError('placeholder %s in %r' % (k, text[:60]))
        return ctx[k]
    out = text
    for _ in range(3):          # values may contain placeholders
        new = PH_RE.sub(rep, out)
        if new == out:
            break
        out = new
    return out


def mark(text, n):
    """Put label marker n where '^' is, or at the start."""
    m = chr(LAB + n)
    if '^' in text:
        return chr(SEN + n) + text.replace('^', m)
    return m + text


# ---------------------------------------------------------------------------
# context
# ---------------------------------------------------------------------------
def make_ctx(e, rng):
    d = DEST[e['dest']]
    o = ORIG[e['orig']]
    f = e['sex'] == 'f'
    names = o[6] if f else o[7]
    wname = names[rng.randrange(len(names))]
    if e.get('emp'):
        emp = e['emp']
    elif e['hh']:
        emp = rchoice(rng, HH_EMP[e['dest']])
    else:
        emp = '%s %s %s' % (rchoice(rng, CO_PREFIX[e['dest']]), rchoice(rng, CO_WORD[e['sector']]),
                            CO_SUFFIX[e['dest']])
    ctx = dict(
        sh='she' if f else 'he', Sh='She' if f else 'He', hr='her' if f else 'his',
        Hr='Her' if f else 'His', hm='her' if f else 'him',
        dest=d[0], dcity=d[1], chan=d[3], chan_short=d[4], dest_id=d[5],
        chan_id=d[6] or d[3],
        origin=o[0], ocity=o[1], lang=o[2], agency=o[3], lic=o[4], officer=o[5],
        wname=wname, wfirst=wname.split()[0] if not wname.startswith('Md.') else wname.split()[1],
        emp=emp, ppno='%s%07d' % ('PEPTBNLUEMVI'[rng.randrange(12)], rng.randrange(10 ** 7)),
        job=JOBS[e['sector']][rng.randrange(len(JOBS[e['sector']]))],
        job_id=JOBS_ID.get(e['sector'], ''),
    )
    if e['dest'] == 'HK':
        ctx['emb'] = 'the Consulate General of %s in Hong Kong' % o[0].replace('the ', 'the ')
    elif e['dest'] == 'TW':
        ctx['emb'] = EMB_TW.get(e['orig'], 'the representative office of %s in Taipei' % o[0])
    else:
        ctx['emb'] = 'the Embassy of %s in %s' % (o[0], d[1])
    ctx['emb_id'] = {'HK': 'KJRI Hong Kong', 'TW': 'KDEI Taipei', 'MY': 'KJRI Johor Bahru',
                     'SA': 'KBRI Riyadh', 'SG': 'KBRI Singapura'}.get(e['dest'], 'Perwakilan RI')
    if e['hh']:
        ctx['site'] = 'the residence of the employer in %s' % d[1]
        ctx['empaddr'] = '%s, %s' % (rchoice(rng, ADDR_HH[e['dest']]), d[1])
    else:
        ctx['site'] = {'construction': 'the construction sites of the employer in and around %s',
                       'hospitality': 'the hotel and restaurant premises of the employer in %s',
                       'manufacturing': 'the factory of the employer in %s',
                       'cleaning': 'the premises of the clients of the employer in %s',
                       'plantation': 'the estates of the employer near %s',
                       'fishing': 'the fishing vessels of the employer based at %s'}[e['sector']] % d[1]
        ctx['empaddr'] = '%s, %s' % (rchoice(rng, ADDR_CO[e['dest']]), d[1])
    dur = [24, 24, 24, 36][rng.randrange(4)] if e['dest'] in ('TW',) else 24
    ctx['dur'] = str(dur)
    ctx['durw'] = NUMW[dur]
    hd, hw = (10, 60) if e['hh'] else (8, 48)
    if e['pair'] and e['pair'][0] in ('hours', 'hours-more'):
        hd, hw = e['pair'][1]
    ctx['hd'], ctx['hw'] = str(hd), str(hw)
    ctx['hdw'] = {8: 'eight', 9: 'nine', 10: 'ten'}[hd]
    ctx['hww'] = {48: 'forty-eight', 54: 'fifty-four', 60: 'sixty'}[hw]
    gulf = e['dest'] in ('SA', 'KW', 'QA', 'AE', 'OM', 'BH', 'JO')
    ctx['restday'] = 'Friday' if gulf else 'Sunday'
    ctx['restday_id'] = 'Jumat' if gulf else 'Minggu'
    ctx['restfreq'] = 'week'
    if e['pair'] and e['pair'][0] == 'rest-fewer':
        ctx['restfreq'] = e['pair'][1]
    ctx['leave'] = {'HK': '7', 'TW': '7', 'MY': '8', 'SG': '7'}.get(e['dest'], '21' if not e['hh'] else '30')
    ctx['food'] = {'SA': 'SAR 300', 'KW': 'KWD 20', 'QA': 'QAR 300', 'AE': 'AED 300',
                   'OM': 'OMR 20', 'BH': 'BHD 20', 'JO': 'JOD 40', 'LB': 'USD 50',
                   'HK': 'HK$1,236', 'TW': 'NT$2,500', 'MY': 'RM 200', 'SG': 'S$150'}[e['dest']]
    w = e['wage'][1]
    if isinstance(w, tuple):
        ctx['wage'], ctx['wage_id'] = w
    else:
        ctx['wage'] = w
        ctx['wage_id'] = w
    if e['pair'] and e['pair'][0] == 'wage':
        ctx['wage_dest'] = e['pair'][1]
    ctx['phone'] = '+%d %d %04d %04d' % (PHONE[e['orig']],
                                       rng.randrange(10, 99), rng.randrange(10000),
                                       rng.randrange(10000))
    mon = rng.randrange(1, 13)
    day = rng.randrange(1, 28)
    ctx['sdate'] = '%d %s 2026' % (day, ['January', 'February', 'March', 'April', 'May', 'June',
                                        'July', 'August', 'September', 'October',
                                        'November', 'December'][mon - 1])
    ctx['sdate_id'] = '%d %s 2026' % (day, ['Januari', 'Februari', 'Maret', 'April', 'Mei',
                                           'Juni', 'Juli', 'Agustus', 'September',
                                           'Oktober', 'November', 'Desember'][mon - 1])
    ctx['sdate_num'] = (day, mon)
    ctx['scity'] = o[1]
    ctx['contract_no'] = '%s-%s-%05d' % (e['orig'], e['dest'], rng.randrange(100000))
    return ctx


def roles(ctx, E, W, A='the recruitment agency'):
    ctx['E'], ctx['W'], ctx['A'] = E, W, A
    ctx['Ec'] = E[0].upper() + E[1:]
    ctx['Wc'] = W[0].upper() + W[1:]
    ctx['Ac'] = A[0].upper() + A[1:]


# ---------------------------------------------------------------------------
# numbered structure helpers
# ---------------------------------------------------------------------------
class Sec:
    def __init__(self, topic, title, items, run_in=None):
        self.topic = topic
        self.title = title
        self.items = [list(x) for x in items]   # [key, text]
        self.run_in = run_in


def place(secs, inserts, smap, rng, default=None):
    """inserts: list of (sect, key, text). Put each into the section its topic maps to."""
    by = {s.topic: s for s in secs}
    for ins in inserts:
        sect, key, text = ins[:3]
        after = ins[3] if len(ins) > 3 else None
        t = smap.get(sect, sect)
        s = by.get(t) or by.get(default)
        if s is None:
            raise KeyError('no section for %s' % sect)
        lo = 1 if len(s.items) >= 1 else 0
        if after:
            lo = [it[0] for it in s.items].index(after) + 1
        pos = rng.randrange(lo, len(s.items) + 1)
        s.items.insert(pos, [key, text])


def number(secs, fmt):
    ref = {}
    for si, s in enumerate(secs, 1):
        s.no = si
        for ii, it in enumerate(s.items, 1):
            if it[0]:
                ref[it[0]] = fmt(si, ii)
    return ref


def subst_refs(text, ref):
    def rep(m):
        k = m.group(1)
        if k not in ref:
            raise KeyError('unknown clause reference ' + k)
        return ref[k]
    return REF_RE.sub(rep, text)


def drop(secs, keys):
    for s in secs:
        s.items = [it for it in s.items if it[0] not in keys]


def add_pages(lines, rng, footer, every=(44, 52), top=False):
    """Insert page furniture every N lines; footer(n, m) gives the text."""
    pos = []
    i = rng.randrange(*every)
    while i < len(lines) - 8:
        pos.append(i)
        i += rng.randrange(*every)
    m = len(pos) + 1
    out = []
    last = 0
    for n, p in enumerate(pos, 1):
        out.extend(lines[last:p])
        out.extend(['', footer(n, m), ''])
        last = p
    out.extend(lines[last:])
    while out and out[-1] == '':
        out.pop()
    out.extend(['', footer(m, m)])
    return out


# ---------------------------------------------------------------------------
# mandatory elements (English, numbered bodies with role names)
# ---------------------------------------------------------------------------
WAGE_EN = [
    "{Ec} shall pay {W} a basic monthly wage of {wage}, payable not later than "
    "the seventh day of the following month.",
    "The remuneration of {W} is fixed at {wage} for each completed calendar "
    "month of service.",
    "The basic emoluments of {W} shall be {wage} per mensem, exclusive of "
    "overtime.",
    "For each month of service {W} earns a basic salary of {wage}.",
]
HOURS_EN = [
    "Normal hours of work shall not exceed {hd} hours in any day or {hw} "
    "hours in any week.",
    "The ordinary working time of {W} is {hww} hours a week, spread over six "
    "days of not more than {hdw} hours each, exclusive of meal breaks.",
    "{Wc} works a normal day of {hd} hours, not counting meal breaks, and a "
    "normal week of {hw} hours.",
]
REST_EN = [
    "{Wc} is entitled to a rest period of not less than twenty-four "
    "consecutive hours in every period of seven days.",
    "Every {restday} is a day of rest for {W}, on full pay.",
    "One day in seven, normally {restday}, is free of all duty.",
    "{Wc} has one full day off each {restfreq}, normally on {restday}.",
]
TRAVEL_EN = [
    "On the expiry or termination of this contract {E} shall provide {W}, at "
    "no cost to {hm}, with an economy-class air ticket from {dcity} to "
    "{ocity}.",
    "The homeward passage of {W} to {ocity} on completion of the contract is "
    "at the charge of {E}.",
    "{Ec} bears the cost of the return journey of {W} to the point of hire, "
    "{ocity}, when this contract ends, however it ends.",
]
COMPLAINT_EN = [
    "{Wc} may lodge any grievance arising from this contract with {chan} or "
    "with {emb}, free of charge.",
    "Grievances of {W} may be brought before {chan}; {W} may also seek the "
    "assistance of {emb}.",
    "Any dispute under this contract may be referred by either party to "
    "{chan}, and {W} may at any time seek advice from {emb}.",
]
PAYMETHOD_EN = [
    "Wages are paid by bank transfer to an account in the name of {W}.",
    "Wages are paid in cash against a payslip signed by {W}.",
    "Each payment of wages is accompanied by a payslip showing the period, "
    "the overtime worked and any deduction made.",
]


def pick(lst, rng, force=None):
    i = rng.randrange(len(lst))
    return lst[force if force is not None else i]


def lodging(e):
    if e['hh']:
        return ("{Ec} shall provide {W} with a separate furnished room with "
                "adequate light, ventilation and privacy.")
    return ("{Ec} shall provide {W} with free accommodation in premises that "
            "meet the housing standards of {dest}.")


def food(e):
    if e['hh']:
        return "{Wc} receives three meals a day free of charge."
    return ("{Ec} shall provide three meals a day or a food allowance of "
            "{food} a month.")


def centre(t, width):
    return ' ' * max(0, (width - len(t)) // 2) + t


def body_inserts(items, forms):
    out = [(it['sect'], it.get('key', ''), it['text'], it.get('after')) for it in items
           if it['form'] in forms]
    # items that must follow another inserted item come last
    return [x for x in out if not x[3]] + [x for x in out if x[3]]


def render_numbered(d, secs, ctx, ref, numfmt, head, blank_items=False):
    for s in secs:
        d.blank()
        d.line(head(s))
        for ii, (key, text) in enumerate(s.items, 1):
            t = subst_refs(fill(text, ctx), ref)
            n = numfmt(s.no, ii)
            if blank_items and ii > 1:
                d.blank()
            d.para(t, first=n)


# ---------------------------------------------------------------------------
# layout: government standard form
# ---------------------------------------------------------------------------
def b_govform(e, ctx, rng, ab, lk, ver):
    roles(ctx, 'the Employer', 'the Worker', 'the Agency')
    miss = e['missing']
    pr = e['pair'] or ('',)
    secs = [
        Sec('parties', 'PARTIES AND INTERPRETATION', [
            ('', "Employer: {emp}, {empaddr}."),
            ('', "Worker: {wname}, holder of passport no. {ppno}, of {ocity}, {origin}."),
            ('', "Recruitment agency: {agency}, licence no. {lic}."),
            ('', "In this form a reference to a clause is to a numbered clause of "
                 "this form; headings are for convenience only.")]),
        Sec('engage', 'TERM AND PLACE OF EMPLOYMENT', [
            ('duration', "This contract is for a period of {durw} months commencing "
                         "on the date on which {W} arrives in {dest}."),
            ('job', "{Wc} is engaged as a {job} and shall work at {site}."),
            ('', "No probationary period applies.")]),
        Sec('pay', 'REMUNERATION', [
            ('wage', pick(WAGE_EN, rng, 0 if pr[0] == 'wage' else None)),
            ('paymethod', pick(PAYMETHOD_EN, rng)),
            ('overtime', "Work beyond the hours stated in clause {ref:hours} is paid "
                         "at not less than one and a quarter times the hourly "
                         "equivalent of the basic wage.")]),
        Sec('time', 'HOURS OF WORK AND REST', [
            ('hours', pick(HOURS_EN, rng, 0 if pr[0] == 'hours-more' else None)),
            ('rest', pick(REST_EN, rng)),
            ('leave', "{Wc} is entitled to {leave} days of paid annual leave for "
                      "each year of service."),
            ('', "The public holidays of {dest} are paid holidays; work on such a "
                 "day is paid as provided in clause {ref:overtime}.")]),
        Sec('living', 'BOARD, LODGING AND MEDICAL CARE', [
            ('', lodging(e)), ('', food(e)),
            ('', "{Ec} shall provide free medical and dental treatment for any "
                 "illness or injury occurring during the term.")]),
        Sec('travel', 'TRAVEL', [
            ('', "{Ec} shall pay for the journey of {W} from {ocity} to the place "
                 "of work."),
            ('travel', pick(TRAVEL_EN, rng))]),
        Sec('docs', 'PERSONAL DOCUMENTS', [
            ('', "{Ec} shall obtain the entry visa, residence permit and work "
                 "permit of {W} and every renewal of them."),
            ('docs_formal', "Where a document of {W} must be produced to a "
                            "government office, {E} shall arrange the appointment "
                            "and give {W} paid time to attend.")]),
        Sec('costs', 'COSTS OF RECRUITMENT', [
            ('cost_receipt', "The recruitment agency shall give {W} a written "
                             "statement of every cost connected with {hr} deployment, "
                             "showing who has borne it.")]),
        Sec('term', 'TERMINATION', [
            ('notice', "This contract may be terminated by either party on thirty "
                       "days' written notice, or by {E} on payment of thirty days' "
                       "wages in lieu of notice."),
            ('summary', "{Ec} may terminate this contract without notice for "
                        "serious misconduct of {W}, established after {W} has been "
                        "heard."),
            ('summary_worker', "{Wc} may terminate this contract without notice "
                               "where {E} fails to pay wages when due, ill-treats {W} "
                               "or requires work other than that described in clause "
                               "{ref:job}."),
            ('completion', "On completion or termination of this contract all "
                           "wages, overtime and leave pay due shall be settled before "
                           "{W} departs.")]),
        Sec('health', 'HEALTH AND PERSONAL MATTERS', [
            ('', "{Ec} shall insure {W} against accident and illness as the law of "
                 "{dest} requires.")]),
        Sec('griev', 'GRIEVANCES', [
            ('complaint', pick(COMPLAINT_EN, rng)),
            ('', "The recruitment agency shall assist {W} in any dispute arising "
                 "under this contract.")]),
        Sec('general', 'GENERAL PROVISIONS', [
            ('', "This contract is written in English, which {W} has confirmed {sh} "
                 "reads and understands, and a signed copy is handed to {hm} before "
                 "departure."),
            ('', "An amendment of this contract has effect only if it is approved "
                 "by the labour attache and is not less favourable to {W}."),
            ('', "This contract is governed by the law of {dest}.")]),
    ]
    if 'complaint' in miss:
        secs = [s for s in secs if s.topic != 'griev']
        for s in secs:
            if s.topic == 'living':
                s.items.append(['', "{Wc} shall report any accident or injury at "
                                    "work to the duty manager without delay."])
            if s.topic == 'general':
                s.items.insert(1, ['', "{Ec} keeps a register of the attendance, "
                                       "leave and overtime of {W}, which {W} may "
                                       "inspect on request."])
    place(secs, body_inserts(ab + lk, 'gp'), {'private': 'health', 'welfare': 'living',
                                              'place': 'pay'}, rng)
    ref = number(secs, lambda s, i: '%d.%d' % (s, i))
    w = ctx['width']
    d = Doc(w, e.get('hyph'))
    code = 'SEC-%s/%02d' % (e['sector'][:3].upper(), rng.randrange(1, 30))
    rev = rng.choice(['2019', '2022', '2024'])
    d.line(centre('STANDARD EMPLOYMENT CONTRACT', w))
    d.line(centre('for %s workers from %s deployed to %s' % (
        e['sector'], fill('{origin}', ctx), fill('{dest}', ctx)), w))
    d.line(centre('Form %s (revision of %s)' % (code, rev), w))
    d.blank()
    d.line('Contract No. ' + ctx['contract_no'])
    if ver:
        d.line(ver)
    d.blank()
    d.para("The parties named in clause 1 agree that the employment of the Worker "
           "is governed by the terms below. Blanks not filled in do not apply.")
    render_numbered(d, secs, ctx, ref,
                    lambda s, i: ('%d.%d' % (s, i)).ljust(6),
                    lambda s: '%d. %s' % (s.no, s.title))
    d.blank()
    d.line(fill("Signed at {scity} on {sdate}.", ctx))
    d.blank()
    d.line('_' * 24 + '      ' + '_' * 24)
    d.line('for the Employer'.ljust(30) + 'the Worker')
    d.blank()
    d.line('Verified by the labour attache: ' + '_' * 20)
    foot = lambda n, m: ('Form %s rev. %s' % (code, rev)).ljust(w - 14) + ('page %d of %d' % (n, m))
    return d.L, foot, (44, 52)


# ---------------------------------------------------------------------------
# layout: contract of employment + handbook / household code (Annex A)
# ---------------------------------------------------------------------------
HB_GROUPS_CO = [('work', 'A. At work', [
    "Uniforms are issued free of charge and replaced every six months.",
    "Safety shoes and helmets must be worn in the areas marked on the site plan. (D)",
    "Smoking is permitted only in the designated areas. (D)"]),
    ('living', 'B. Accommodation', [
        "Each resident has a bed, a personal locker and the use of a shared kitchen.",
        "Quiet hours in the accommodation run from 10.30 p.m. to 6 a.m.",
        "Cooking in bedrooms is not allowed for fire safety reasons. (D)"]),
    ('personal', 'C. Personal matters', [
        "Inform HR of any change of address or next of kin.",
        "A lost identity card should be reported to HR so that a replacement can "
        "be requested."]),
    ('money', 'D. Money', [
        "Payslips are issued on pay day and show every deduction.",
        "The payroll office is open on weekdays from 9 a.m. to 12 noon."]),
    ('leaving', 'E. Leaving the Company', [
        "On your last day, return uniforms, tools and keys to the store.",
        "A certificate of employment is issued on request."]),
    ('concerns', 'F. Raising concerns', [
        "The welfare officer visits each accommodation block every week."])]
HB_GROUPS_HH = [('work', 'A. The working day', [
    "Breakfast for the family is served at 7.30 a.m.",
    "The helper is not asked to clean the outside of windows above ground level."]),
    ('living', 'B. Living in the home', [
        "Meals are taken with the family or separately, as the helper prefers.",
        "The helper may decorate her room as she likes."]),
    ('personal', 'C. Personal matters', [
        "The helper may keep religious items and observe her faith.",
        "The household pays for a yearly dental check-up."]),
    ('money', 'D. Money', [
        "Shopping money is recorded in a notebook that both sides sign.",
        "The household reimburses the helper's bus fares on household errands."]),
    ('leaving', 'E. Leaving', [
        "Before the last day the household prepares the final salary and a "
        "certificate of service."]),
    ('concerns', 'F. Raising concerns', [
        "Problems at home may be talked over on Sunday evenings if the helper "
        "wishes."])]


def b_handbook(e, ctx, rng, ab, lk, ver):
    hh = e['hh']
    if hh:
        roles(ctx, 'the Employer', 'the Helper')
        hbname = 'Household Code'
    else:
        roles(ctx, 'the Company', 'the Employee')
        hbname = 'Employee Handbook and Code of Conduct'
    miss = e['missing']
    time_items = [('hours', pick(HOURS_EN, rng)),
                  ('', "Overtime is worked only by agreement and is paid at one "
                       "and a half times the hourly rate.")]
    time_title = 'Working time'
    if 'hours' in miss:
        time_title = 'Attendance'
        time_items = [('', "The attendance of {W} is recorded by fingerprint "
                           "scanner at the start and end of each shift, and shift "
                           "rosters for the following week are posted every "
                           "Thursday.")]
    secs = [
        Sec('engage', 'Appointment', [
            ('', "{Ec} employs {W} as a {job} at {site} for {durw} months from the "
                 "date of {hr} arrival in {dest}.")]),
        Sec('annex', 'Annex', [
            ('', "The %s in Annex A forms part of this contract, and {W} confirms "
                 "that {sh} has received a copy of it." % hbname)]),
        Sec('pay', 'Pay', [('wage', pick(WAGE_EN, rng)), ('', pick(PAYMETHOD_EN, rng))]),
        Sec('time', time_title, time_items),
        Sec('rest', 'Rest days and leave', [
            ('rest', pick(REST_EN, rng)),
            ('', "{Wc} has {leave} days of paid annual leave a year, and the "
                 "public holidays of {dest} are holidays with pay.")]),
        Sec('living', 'Accommodation and meals', [('', lodging(e)), ('', food(e))]),
        Sec('health', 'Health and personal matters', [
            ('', "{Ec} provides free medical treatment and holds the insurance "
                 "required by law for {W}.")]),
        Sec('travel', 'Travel', [
            ('', "{Ec} pays for the flight of {W} from {ocity} to {dcity}."),
            ('travel', pick(TRAVEL_EN, rng))]),
        Sec('docs', 'Documents', [
            ('', "{Ec} applies and pays for the work permit of {W} and renews it "
                 "when due.")]),
        Sec('term', 'Ending the contract', [
            ('', "Either party may end this contract by giving one month's notice "
                 "in writing, or by paying one month's wages instead of notice.")]),
        Sec('griev', 'Complaints', [('complaint', pick(COMPLAINT_EN, rng))]),
        Sec('general', 'Law and language', [
            ('', "This contract is governed by the law of {dest}."),
            ('', "{Wc} has received this contract and Annex A in English and in "
                 "{lang}.")]),
    ]
    place(secs, body_inserts(ab + lk, 'p'), {'costs': 'pay', 'private': 'health',
                                             'welfare': 'living', 'place': 'pay'}, rng)
    number(secs, lambda s, i: '')
    groups = [(g, t, list(items)) for g, t, items in (HB_GROUPS_HH if hh else HB_GROUPS_CO)]
    gby = {g: items for g, t, items in groups}
    for it in ab + lk:
        if it['form'] == 'r':
            lst = gby[it['sect']]
            lst.insert(rng.randrange(0, len(lst) + 1), it['text'])
    w = ctx['width']
    d = Doc(w, e.get('hyph'))
    d.line('DOMESTIC EMPLOYMENT CONTRACT' if hh else 'CONTRACT OF EMPLOYMENT')
    d.blank()
    d.para(fill("This contract is made on {adate} between {emp}, of {empaddr} "
                "(\"%s\"), and {wname}, a national of {origin}, passport no. {ppno} "
                "(\"%s\")." % (ctx['E'], ctx['W']), ctx))
    if ver:
        d.line(ver)
    for s in secs:
        d.blank()
        txt = ' '.join(fill(t, ctx) for k, t in s.items)
        d.para('%s. %s' % (s.title, txt), first='%d. ' % s.no, rest='   ')
    d.blank()
    d.line(fill("Signed at {scity} on {sdate}.", ctx))
    d.line('For %s: ____________________   %s: ____________________' % (
        ctx['E'], ctx['Wc']))
    d.blank()
    d.blank()
    d.line('ANNEX A - ' + hbname.upper())
    d.blank()
    if hh:
        d.para("This Annex is issued under paragraph 2 of the contract and sets "
               "out how the household runs from day to day.")
    else:
        d.para("This Annex is issued under paragraph 2 of the contract and "
               "applies to all staff. Rules marked (D) are disciplinary rules.")
    for g, t, items in groups:
        d.blank()
        d.line(t)
        letter = t[0]
        for i, txt in enumerate(items, 1):
            d.para(fill(txt, ctx), first=('%s.%d' % (letter, i)).ljust(5))
    short = ctx['emp'].split(',')[0]
    foot = lambda n, m: '%s | %s | page %d' % (short, 'Contract and Annex A', n)
    return d.L, foot, (46, 54)


# ---------------------------------------------------------------------------
# layout: recruitment-agency service agreement signed by the worker
# ---------------------------------------------------------------------------
def b_agency(e, ctx, rng, ab, lk, ver):
    roles(ctx, 'the Principal', 'the Candidate', 'the Agency')
    miss = e['missing']
    pr = e['pair'] or ('',)
    secs = [
        Sec('services', "THE AGENCY'S SERVICES", [
            ('services', "{Ac} shall arrange the medical examination, visa, "
                         "pre-departure orientation and air travel of {W} to "
                         "{dcity}."),
            ('', "{Ac} shall give {W} a copy of the employment contract with {E}, "
                 "in a language {sh} understands, at least seven days before "
                 "departure."),
            ('visit', "{Ac} shall keep in contact with {W} during the placement and "
                      "shall call {hm} at least once every three months.")]),
        Sec('place', 'TERMS OF THE PLACEMENT', [
            ('wage', pick(["{Ec} shall pay {W} a monthly salary of {wage}.",
                           "The salary of {W} during the placement is {wage} per "
                           "month, paid by {E}."] + WAGE_EN[:1], rng)),
            ('hours', pick(HOURS_EN, rng, 0 if pr[0] == 'hours' else None)),
            ('rest', pick(REST_EN, rng)),
            ('', "{Ec} shall provide {W} with free accommodation and meals, or "
                 "with a food allowance of {food} a month."),
            ('duration', "The placement lasts for {durw} months from the arrival "
                         "of {W} in {dest}.")]),
        Sec('charges', 'CHARGES', [
            ('', "{Ac} issues an official receipt for every sum it receives in "
                 "connection with this Agreement.")]),
        Sec('docs', 'DOCUMENTS', [
            ('', "{Ac} keeps photocopies of the documents of {W} for the period "
                 "required by its licence conditions.")]),
        Sec('welfare', 'CONDUCT AND WELFARE', [
            ('', "{Wc} shall attend the pre-departure orientation seminar."),
            ('', "{Ec} shall provide free medical care for illness or injury "
                 "during the placement."),
            ('', "{Wc} shall respect the laws and customs of {dest}.")]),
        Sec('term', 'WITHDRAWAL AND END OF PLACEMENT', [
            ('', "{Wc} may withdraw from this Agreement at any time before "
                 "departure by written notice to {A}."),
            ('travel', "At the end of the placement, however it ends, {E} shall "
                       "pay for the flight of {W} home to {ocity}, and {A} shall "
                       "see that {sh} receives the ticket."),
            ('', "Either {E} or {W} may end the placement on one month's notice "
                 "in accordance with the law of {dest}.")]),
        Sec('griev', 'COMPLAINTS', [
            ('complaint', "{Wc} may report any problem with the placement to the "
                          "24-hour welfare line of {A} ({phone}), to {chan} or to "
                          "{emb}."),
            ('', "{Ac} keeps a record of every complaint it receives and of the "
                 "action taken.")]),
        Sec('general', 'GENERAL', [
            ('', "This Agreement is governed by the law of {origin}."),
            ('', "The contents of this Agreement were explained to {W} in {lang} "
                 "before signature.")]),
    ]
    if 'repatriation' in miss:
        drop(secs, {'travel'})
        for s in secs:
            if s.topic == 'term':
                s.items.insert(1, ['', "{Ec} bears the cost of the outward flight of "
                                       "{W} to {dcity}."])
    if 'complaint' in miss:
        secs = [s for s in secs if s.topic != 'griev']
        drop(secs, {'visit'})
        for s in secs:
            if s.topic == 'welfare':
                s.items.insert(1, ['', "A representative of {A} will meet {W} at "
                                       "the airport on arrival."])
            if s.topic == 'general':
                s.items.append(['', "{Wc} shall keep {A} informed of any change of "
                                    "address or telephone number."])
    place(secs, body_inserts(ab + lk, 'ap'),
          {'pay': 'place', 'time': 'place', 'living': 'welfare', 'health': 'welfare',
           'private': 'welfare', 'costs': 'charges'}, rng)
    ref = number(secs, lambda s, i: '%d.%d' % (s, i))
    w = ctx['width']
    d = Doc(w, e.get('hyph'))
    d.line('RECRUITMENT AND PLACEMENT SERVICES AGREEMENT')
    d.line(fill('{agency} - licence {lic}', ctx))
    if ver:
        d.line(ver)
    d.blank()
    d.para(fill("THIS AGREEMENT is dated {adate} and made between:", ctx))
    d.para(fill("(1) {agency}, a licensed recruitment agency of {ocity} "
                "(\"the Agency\"); and", ctx), first='', rest='    ')
    d.para(fill("(2) {wname}, of {ocity}, holder of passport no. {ppno} "
                "(\"the Candidate\").", ctx), first='', rest='    ')
    d.blank()
    d.line('BACKGROUND')
    d.para(fill("(A) The Agency has been instructed by {emp}, of {empaddr} "
                "(\"the Principal\"), to recruit a {job}.", ctx), rest='    ')
    d.para("(B) The Candidate has applied for that position and wishes to use "
           "the services of the Agency.", rest='    ')
    d.blank()
    d.line('IT IS AGREED as follows:')
    render_numbered(d, secs, ctx, ref, lambda s, i: ('%d.%d' % (s, i)).ljust(5),
                    lambda s: '%d. %s' % (s.no, s.title))
    d.blank()
    d.line(fill("Signed at {scity} on {sdate}.", ctx))
    d.line('for the Agency: ____________________')
    d.line('the Candidate:  ____________________   witness: ______________')
    d.blank()
    d.line('SCHEDULE 1 - PARTICULARS OF THE PLACEMENT')
    for k, v in [('Principal', '{emp}'), ('Position', '{job}'),
                 ('Place of work', '{dcity}, {dest}'),
                 ('Period', '{durw} months'), ('Flight', 'to be advised by the Agency')]:
        d.line(('  %s:' % k).ljust(18) + fill(v, ctx))
    foot = lambda n, m: 'Initials: Agency ____  Candidate ____'.ljust(w - 6) + '(%d)' % n
    return d.L, foot, (42, 50)


# ---------------------------------------------------------------------------
# layout: short terms + chat messages quoted in an annex
# ---------------------------------------------------------------------------
CHAT_NEUTRAL = [
    [('W', "What time is the orientation?"),
     ('A', "Thursday 9am at our office. Bring 2 ID photos and a pen."),
     ('W', "ok noted, thank you")],
    [('A', "Your flight is on the {fdate}, please be at the airport 3 hours "
           "before.")],
    [('W', "Can I bring my own rice cooker?"),
     ('A', "Yes but check the baggage limit, 30kg only.")],
]


def chat_stamp(style, day, mon, hh, mm):
    if style == 0:
        return '[%02d/%02d/2026 %02d:%02d]' % (day, mon, hh, mm)
    return '%02d/%02d/2026, %02d:%02d -' % (day, mon, hh, mm)


def chat_lines(d, e, ctx, rng, ab, lk, neutral, q_table, indent, who, idq=False,
               extra=()):
    """Messages: neutral exchanges and, for each c item, a question and an answer."""
    msgs = [('W', "Good morning, this is {wfirst}. I received the contract, thank you."
             if not idq else "Selamat pagi Bu, ini {wfirst}. Kontraknya sudah saya "
             "terima, terima kasih."),
            ('A', "Good morning {wfirst}. Please read it well and ask if anything "
                  "is not clear." if not idq else "Pagi {wfirst}. Dibaca baik-baik "
                  "ya, kalau ada yang kurang jelas tanya saja.")]
    blocks = [list(b) for b in neutral]
    for it in ab + lk:
        if it['form'] in ('c', 'ic'):
            q = q_table[it['rule']]
            if isinstance(q, list):
                q = q[rng.randrange(len(q))]
            blocks.append([('W', q), (it.get('spk', 'A'), it['text'])])
    for x in extra:
        blocks.append(list(x))
    rng.shuffle(blocks)
    for b in blocks:
        msgs.extend(b)
    po = ' po' if e['orig'] == 'PH' else ''
    msgs.append(('W', "Ok I understand everything. Thank you%s." % po if not idq
                 else "Baik Bu, saya sudah paham semuanya. Terima kasih."))
    style = rng.randrange(2)
    day, mon = ctx['sdate_num']
    day = max(1, day - 9)
    hh, mm = 9, rng.randrange(60)
    for spk, txt in msgs:
        mm += rng.randrange(1, 14)
        if mm >= 60:
            hh += mm // 60
            mm %= 60
        if hh >= 22:
            hh, mm, day = 8, rng.randrange(30), day + 1
        name = who[spk]
        first = '%s %s: ' % (chat_stamp(style, day, mon, hh, mm), name)
        d.para(fill(txt, ctx), first=first, rest=' ' * indent)


def b_chat(e, ctx, rng, ab, lk, ver):
    roles(ctx, 'the Employer', 'the Worker')
    hh = e['hh']
    miss = e['missing']
    ctx['fdate'] = '%d%s of %s' % (
        (ctx['sdate_num'][0] % 27) + 1, 'th', ['January', 'February', 'March', 'April', 'May',
                                               'June', 'July', 'August', 'September',
                                               'October', 'November', 'December'][ctx['sdate_num'][1] % 12])
    pay_title = 'WAGES'
    pay_items = [('wage', pick(WAGE_EN, rng)), ('', pick(PAYMETHOD_EN, rng))]
    if 'wage' in miss:
        pay_title = 'BANKING'
        pay_items = [('', "Payment is made by {E} on the last working day of each "
                          "month by transfer to an account in the name of {W}.")]
    secs = [
        Sec('parties', 'PARTIES', [
            ('', "Employer: {emp}, {empaddr}."),
            ('', "Worker: {wname}, passport no. {ppno}."),
            ('', "Recruited through: {agency}, {ocity}.")]),
        Sec('engage', 'POSITION AND PERIOD', [
            ('', "{Wc} is employed as a {job} at {site} for {durw} months from "
                 "arrival.")]),
        Sec('pay', pay_title, pay_items),
        Sec('time', 'WORKING HOURS', [('hours', pick(HOURS_EN, rng))]),
        Sec('rest', 'REST DAYS AND LEAVE', [
            ('rest', pick(REST_EN, rng)),
            ('', "Annual leave: {leave} days with pay for each year worked.")]),
        Sec('living', 'ACCOMMODATION, FOOD AND MEDICAL CARE', [
            ('', lodging(e)), ('', food(e)),
            ('', "Medical treatment is free for {W} and is arranged by {E}.")]),
        Sec('travel', 'TRAVEL', [
            ('', "{Ec} pays the air fare from {ocity} to {dcity}."),
            ('travel', pick(TRAVEL_EN, rng))]),
        Sec('griev', 'COMPLAINTS', [('complaint', pick(COMPLAINT_EN, rng))]),
        Sec('other', 'OTHER TERMS', [
            ('', "The messages quoted in Annex 1 confirm terms agreed before "
                 "departure and form part of this contract.")]),
        Sec('general', 'GENERAL', [
            ('', "This contract is governed by the law of {dest} and was explained "
                 "to {W} in {lang}.")]),
    ]
    place(secs, body_inserts(ab + lk, ('p',)),
          {'docs': 'other', 'costs': 'other', 'term': 'other', 'health': 'other',
           'private': 'other', 'welfare': 'living'}, rng)
    ref = number(secs, lambda s, i: '%d.%d' % (s, i))
    w = ctx['width']
    d = Doc(w, e.get('hyph'))
    d.line('TERMS OF EMPLOYMENT')
    d.line(fill('{job} - {dcity}', ctx).upper())
    if ver:
        d.line(ver)
    for s in secs:
        d.blank()
        d.line('%d. %s' % (s.no, s.title))
        for key, text in s.items:
            d.para(subst_refs(fill(text, ctx), ref), first='   ')
    d.blank()
    d.line(fill("Signed at {scity} on {sdate}.", ctx))
    d.line('Employer ____________________    Worker ____________________')
    d.blank()
    d.blank()
    d.line('ANNEX 1 - MESSAGES CONFIRMING THE TERMS')
    d.blank()
    emp_name = ctx['emp']
    if hh:
        d.para(fill("The messages below were exchanged in a group chat between "
                    "{officer} of {agency}, {emp} and {W} before departure. They "
                    "are quoted word for word.", ctx))
    else:
        d.para(fill("The messages below were exchanged between {officer} of "
                    "{agency} and {W} before departure. They are quoted word for "
                    "word.", ctx))
    d.blank()
    short = ctx['agency'].split()[0]
    who = {'W': ctx['wfirst'], 'A': '%s (%s)' % (ctx['officer'], short), 'E': emp_name}
    extra = []
    if 'wage' in miss:
        extra = [(('W', "How much is the salary again?"),
                  ('A', "Same as we told you in the office, paid every month on "
                        "time, don't worry."))]
    chat_lines(d, e, ctx, rng, ab, lk, CHAT_NEUTRAL, CHAT_Q, 4, who, extra=extra)
    foot = lambda n, m: centre('- %d -' % n, w)
    return d.L, foot, (44, 50)


# ---------------------------------------------------------------------------
# layout: agreement with a long definitions section
# ---------------------------------------------------------------------------
BASE_DEFS = [
    "“Accommodation” means the housing provided by the Employer under clause "
    "{ref:lodging}.",
    "“Agency” means {agency}, a recruitment agency licensed in {origin}.",
    "“Agreement” means this employment agreement, including its recitals.",
    "“Basic Wage” means the monthly sum stated in clause {ref:wage}.",
    "“Business Day” means a day other than a {restday} or a Public Holiday.",
    "“Commencement Date” means the date on which the Employee arrives in {dest}.",
    "“Completion Date” means the last day of the period of {durw} months "
    "beginning on the Commencement Date.",
    "“Employment” means the employment of the Employee under this Agreement.",
    "“Grievance” means any complaint or concern of the Employee about the "
    "Employment.",
    "“Normal Working Hours” means the hours stated in clause {ref:hours}.",
    "“Public Holiday” means a day declared a public holiday by the Government "
    "of {dest}.",
    "“Rest Day” means a continuous period of twenty-four hours free from any "
    "duty.",
    "“Term” means the period from the Commencement Date to the Completion Date.",
    "“Workplace” means {site}, or any other place agreed in writing.",
]


def b_definitions(e, ctx, rng, ab, lk, ver):
    roles(ctx, 'the Employer', 'the Employee')
    miss = e['missing']
    secs = [
        Sec('defs', 'DEFINITIONS AND INTERPRETATION', [
            ('defs', "In this Agreement, unless the context requires otherwise, "
                     "the following words have the following meanings:"),
            ('', "Words in the singular include the plural, and headings do not "
                 "affect interpretation."),
            ('', "A reference to a clause is to a clause of this Agreement.")]),
        Sec('engage', 'APPOINTMENT AND TERM', [
            ('', "{Ec} appoints {W} as a {job} at the Workplace for the Term."),
            ('', "The Employment begins on the Commencement Date and ends on the "
                 "Completion Date unless it is terminated earlier under clause "
                 "{ref:notice}.")]),
        Sec('duties', 'DUTIES', [
            ('', "{Wc} shall carry out the duties usually associated with the "
                 "position of {job} and other reasonable duties consistent with "
                 "it.")]),
        Sec('pay', 'REMUNERATION', [
            ('wage', pick(["The Basic Wage is {wage} per month, payable in arrears "
                           "not later than the fifth Business Day of the following "
                           "month.",
                           "{Ec} shall pay {W} a Basic Wage of {wage} for each "
                           "calendar month of the Term."], rng)),
            ('', "The Basic Wage is paid by transfer to a bank account in the "
                 "name of {W}."),
            ('', "Work outside the Normal Working Hours is paid at one and a "
                 "quarter times the hourly equivalent of the Basic Wage.")]),
        Sec('time', 'WORKING TIME', [
            ('hours', pick(["The Normal Working Hours are {hdw} hours a day and "
                            "{hww} hours a week, exclusive of meal breaks."] +
                           ([] if e['hh'] or miss else
                            ["The Normal Working Hours are from 7 a.m. to 4 p.m. on "
                             "six days a week, with a meal break of one hour."]), rng)),
            ('rest', pick(["{Wc} is entitled to one Rest Day in every period of "
                           "seven days, which shall normally be Friday.",
                           "Each week {W} has one Rest Day, on a day fixed in the "
                           "monthly roster."], rng))]),
        Sec('leave', 'LEAVE AND HOLIDAYS', [
            ('', "{Wc} is entitled to {leave} days of paid annual leave in each "
                 "year of the Term."),
            ('', "Every Public Holiday is a paid holiday for {W}.")]),
        Sec('living', 'ACCOMMODATION AND WELFARE', [
            ('lodging', lodging(e)), ('', food(e))]),
        Sec('health', 'HEALTH', [
            ('', "{Ec} shall provide free medical care to {W} and maintain the "
                 "medical insurance required by the law of {dest}.")]),
        Sec('travel', 'TRAVEL', [
            ('', "{Ec} shall pay for the air travel of {W} to {dest} before the "
                 "Commencement Date."),
            ('travel', "On the Completion Date, or on earlier termination of the "
                       "Employment, {E} shall provide {W} with an economy air "
                       "ticket from {dcity} to {ocity}.")]),
        Sec('docs', 'DOCUMENTS', [
            ('', "{Ec} shall obtain and pay for the residence and work permits of "
                 "{W}.")]),
        Sec('term', 'TERMINATION', [
            ('notice', "Either party may terminate the Employment by giving thirty "
                       "days' written notice to the other."),
            ('', "{Ec} may terminate the Employment without notice for gross "
                 "misconduct, after giving {W} an opportunity to be heard.")]),
        Sec('griev', 'GRIEVANCES', [
            ('complaint', ("{Wc} may raise any Grievance with {E} in person and may "
                           "at any time refer it to {chan} or to {emb}." if e['hh'] else
                           "{Wc} may raise any Grievance with the human resources "
                           "manager of {E} and may at any time refer it to {chan} "
                           "or to {emb}."))]),
        Sec('general', 'GENERAL', [
            ('', "This Agreement is governed by the law of {dest}."),
            ('', "This Agreement supersedes any earlier understanding between the "
                 "parties about the Employment."),
            ('', "{Wc} confirms that this Agreement was explained to {hm} in {lang} "
                 "before {sh} signed it.")]),
    ]
    if 'weekly-rest' in miss:
        drop(secs, {'rest'})
        secs[4].items[0][1] = ("The Normal Working Hours are {hdw} hours on each "
                               "working day, exclusive of meal breaks.")
        for s in secs:
            if s.topic == 'time':
                s.items.append(['', "During each working day {W} has a break of "
                                    "one hour for a meal and two shorter breaks of "
                                    "fifteen minutes."])
    place(secs, body_inserts(ab + lk, ('p',)), {'place': 'pay', 'welfare': 'living',
                                                 'private': 'health', 'costs': 'pay'}, rng)
    ref = number(secs, lambda s, i: '%d.%d' % (s, i))
    defs = list(BASE_DEFS)
    if 'weekly-rest' in miss:
        defs = [x if not x.startswith('“Business Day”') else
                "“Business Day” means a day on which banks are open for business in "
                "{dcity}." for x in defs]
    for it in ab:
        for dk in it.get('defs', []):
            defs.append(EXTRA_DEFS[dk])
    defs.sort(key=lambda x: x.lower())
    w = ctx['width']
    d = Doc(w, e.get('hyph'))
    d.line('EMPLOYMENT AGREEMENT')
    if ver:
        d.line(ver)
    d.blank()
    d.para(fill("THIS AGREEMENT is made on {adate} BETWEEN (1) {emp}, of {empaddr} "
                "(the \"Employer\"); and (2) {wname}, passport no. {ppno} (the "
                "\"Employee\").", ctx))
    d.blank()
    d.para("IT IS AGREED as follows.")
    for s in secs:
        d.blank()
        d.line('%d. %s' % (s.no, s.title))
        for ii, (key, text) in enumerate(s.items, 1):
            d.para(subst_refs(fill(text, ctx), ref), first=('%d.%d' % (s.no, ii)).ljust(6))
            if key == 'defs':
                for df in defs:
                    d.para(subst_refs(fill(df, ctx), ref), first=' ' * 6, rest=' ' * 9)
    d.blank()
    d.line(fill("Signed at {scity} on {sdate}.", ctx))
    d.line('for the Employer ____________________')
    d.line('the Employee     ____________________')
    short = ctx['emp'].split(',')[0]
    foot = lambda n, m: ('Employment Agreement - %s' % short).ljust(w - 14) + 'Page %d of %d' % (n, m)
    return d.L, foot, (46, 54)


# ---------------------------------------------------------------------------
# layout: terse telegraphic offer sheet
# ---------------------------------------------------------------------------
def b_offer(e, ctx, rng, ab, lk, ver):
    roles(ctx, 'the Employer', 'the Worker')
    miss = e['missing']
    hh = e['hh']
    rows = [
        ('', 'Candidate|{wname}, PP {ppno}'),
        ('', 'Position|{job}, 1 pax'),
        ('', 'Employer|{emp}, {dcity}'),
        ('', 'Worksite|' + ('employer\'s house, {dcity}' if hh else 'project sites, {dcity} area')),
        ('', 'Contract|{dur} months from arrival, renewable by mutual consent'),
        ('wage', pick(['Basic salary|{wage} / month', 'Salary|{wage} per month, basic'], rng)),
        ('', 'Pay day|before 7th of following month'),
        ('hours', pick(['Duty hours|{hd} hrs/day, {hw} hrs/wk max',
                        'Working hrs|max {hd} hrs/day ({hw} hrs/week)'], rng)),
        ('rest', pick(['Weekly off|1 full day/week ({restday}), 24 hrs',
                       'Rest day|every {restday}, full day'], rng)),
        ('', 'Overtime|1.25 x hourly rate, voluntary'),
        ('', 'Accommodation|free' + (', own room' if hh else ', company camp')),
        ('', 'Food|free, or allowance {food}/month'),
        ('', 'Medical|free, as per labour law'),
        ('', 'Annual leave|{leave} days paid'),
        ('travel', pick(['Air ticket|free, to site and back home on completion',
                         'Air ticket|by employer both ways (joining + return at end)'], rng)),
        ('', 'Insurance|work accident and medical, by employer'),
        ('', 'Probation|none'),
        ('', 'Uniform|provided free' if not hh else 'Uniform|provided free, 3 sets'),
        ('', 'Visa type|employment visa, sponsored by employer'),
        ('complaint', 'Complaints|{chan_short}; or {emb}'),
    ]
    if 'repatriation' in miss:
        rows = [r for r in rows if r[0] != 'travel']
        rows.insert(14, ('', 'Air ticket|outbound by employer'))
        rows.insert(15, ('', 'Leave ticket|return ticket for home leave after 12 months'))
    for it in ab + lk:
        if it['form'] != 't':
            continue
        if it.get('replaces'):
            idx = [r[0] for r in rows].index(it['replaces'])
            rows[idx] = ('x', it['text'])
        else:
            rows.insert(rng.randrange(len(rows) - 8, len(rows) + 1), ('x', it['text']))
    w = ctx['width']
    d = Doc(w, e.get('hyph'))
    d.line(fill('{agency}', ctx))
    d.line(fill('Licence No. {lic}  -  {ocity}', ctx))
    d.blank()
    d.line('OFFER OF EMPLOYMENT / JOB ORDER'.ljust(w - 18) + 'Ref: JO-%04d' % rng.randrange(10000))
    d.line(fill('Date: {sdate}', ctx))
    if ver:
        d.line(ver)
    d.blank()
    kw = max(vlen(r[1].split('|')[0]) for r in rows) + 4
    for key, txt in rows:
        k, v = txt.split('|', 1)
        mk = ''
        while k and ord(k[0]) >= LAB and ord(k[0]) < 0xE400:
            mk += k[0]
            k = k[1:]
        lead = mk + k + ' ' + '.' * (kw - len(k) - 2) + ' '
        d.para(fill(v, ctx), first=lead, rest=' ' * kw)
    d.blank()
    d.line('Other conditions:')
    notes = ["Offer valid 14 days from date above.",
             "Final contract signed at pre-departure seminar, same terms as above.",
             "Bring: passport (valid 2 yrs+), 6 photos, school certificate.",
             "Medical at accredited clinic only; results within 3 days.",
             "Departure subject to visa issue; date to be advised."]
    rng.shuffle(notes)
    for i, n in enumerate(notes[:4], 1):
        d.para(n, first='%d) ' % i)
    d.blank()
    d.line('Accepted by candidate: ______________   Date: ________')
    d.line('For the agency: ______________')
    return d.L, None, None


# ---------------------------------------------------------------------------
# layout: deed drafted in long run-on sentences
# ---------------------------------------------------------------------------
def b_runon(e, ctx, rng, ab, lk, ver):
    roles(ctx, 'the Employer', 'the Worker')
    hh = e['hh']
    pr = e['pair'] or ('',)
    paras = [
        ('engage', "The Employer shall employ the Worker, and the Worker shall "
                   "serve the Employer, as a {job} for a period of {durw} months "
                   "commencing on the date of {hr} arrival at {dcity}, during which "
                   "period the Worker shall perform with care and diligence all "
                   "duties ordinarily belonging to such employment, shall observe "
                   "the lawful and reasonable directions of the Employer concerning "
                   "them, and shall not be required to perform work of any other "
                   "kind or at any other place without {hr} consent."),
        ('wage', pick(["In consideration of the services so rendered, the Employer "
                       "shall pay to the Worker a wage of {wage} for every month of "
                       "service, which wage shall be paid in full not later than the "
                       "seventh day of the month following that in which it is "
                       "earned, either in cash against the signature of the Worker or, "
                       "if {sh} so elects, by transfer to an account in {hr} own name, "
                       "and shall be accompanied by a written statement of the sums "
                       "paid and of any deduction lawfully made.",
                       "The Employer shall pay the Worker, for every calendar month "
                       "of service and in proportion for any part of a month, a wage "
                       "of {wage}, together with such sums for overtime as may have "
                       "been earned, all of which shall be paid on or before the "
                       "seventh day of the following month and recorded in a wage "
                       "book which the Worker shall be entitled to inspect."], rng)),
        ('time', "The Worker shall work for not more than {hd} hours on any day and "
                 "{hw} hours in any week, exclusive of a break of one hour for "
                 "meals, and shall be entitled to one whole day of rest in every "
                 "{restfreq}, which day shall ordinarily be {restday} but may by "
                 "agreement be changed, and on which {sh} shall not be required to "
                 "work save with {hr} consent and against payment at double the "
                 "ordinary rate."),
        ('living', "The Employer shall, throughout the said period, provide the "
                   "Worker free of charge with suitable lodging having adequate "
                   "light, ventilation and privacy, with sufficient food or an "
                   "allowance in lieu thereof of not less than {food} a month, and "
                   "with medical care for any illness or injury, including the cost "
                   "of any hospital treatment which {sh} may require."),
        ('leave', "The Worker shall be entitled, after each year of service, to "
                  "{leave} days of leave with full pay, the dates of which shall be "
                  "fixed by agreement, and, in addition, to all public holidays "
                  "observed in {dest}, work on which shall be paid at the rate "
                  "applicable to work on the day of rest."),
        ('travel', "The Employer shall bear the cost of the journey of the Worker "
                   "from {ocity} to {dcity} and, upon the expiry of the said period "
                   "or upon its earlier determination for any cause whatsoever, of "
                   "{hr} return journey by air to {ocity}, together with the cost of "
                   "carrying {hr} personal luggage up to the usual allowance."),
        ('docs', "The Employer shall obtain at the cost of the Employer the visa, "
                 "work permit and residence permit of the Worker and every renewal "
                 "thereof, and shall furnish the Worker with a copy of each such "
                 "document as soon as it is issued."),
        ('term', "The Employer may determine this agreement upon giving the Worker "
                 "one month's notice in writing or paying {hm} one month's wages in "
                 "lieu thereof, and may determine it without notice for serious "
                 "misconduct proved after the Worker has been heard, in which event "
                 "the provisions of this agreement as to the return journey shall "
                 "nonetheless apply."),
        ('griev', "Should any dispute or grievance arise between the parties, the "
                  "Worker shall be at liberty to refer it, without prejudice to any "
                  "other remedy, to {chan} or to {emb}, and the Employer shall "
                  "allow {hm} the time necessary to do so without loss of wages."),
        ('law', "This agreement shall be governed by the laws of {dest}, and the "
                "Worker declares that its contents were read over and explained to "
                "{hm} in {lang}, which {sh} understands, before {sh} signed it."),
    ]
    ins = [it['text'] for it in ab + lk if it['form'] in ('o', 'p')]
    for t in ins:
        paras.insert(rng.randrange(1, len(paras)), ('x', t))
    w = ctx['width']
    d = Doc(w, e.get('hyph'))
    d.line(centre('AGREEMENT FOR %sSERVICE' % ('DOMESTIC ' if hh else ''), w))
    if ver:
        d.line(centre(ver, w))
    d.blank()
    d.para(fill("THIS AGREEMENT is made at {scity} on {sdate} BETWEEN {emp} of "
                "{empaddr} (hereinafter called \"the Employer\", which expression "
                "shall, where the context so admits, include the heirs, successors "
                "and permitted assigns of the Employer) of the one part AND {wname}, "
                "a national of {origin}, holder of passport number {ppno} "
                "(hereinafter called \"the Worker\") of the other part.", ctx))
    d.blank()
    d.para(fill("WHEREAS the Employer requires the services of a {job} at {site}, "
                "and WHEREAS the Worker, having been introduced to the Employer by "
                "{agency}, has offered to render such services upon the terms and "
                "conditions hereinafter appearing, which the Employer has accepted;",
                ctx))
    d.blank()
    d.para("NOW THIS AGREEMENT WITNESSETH and it is hereby agreed and declared by "
           "and between the parties hereto as follows:")
    for i, (k, t) in enumerate(paras, 1):
        d.blank()
        d.para(fill(t, ctx), first=('%d.' % i).ljust(4))
    d.blank()
    d.para("IN WITNESS WHEREOF the parties hereto have set their hands the day and "
           "year first above written.")
    d.blank()
    d.line('SIGNED by the said Employer  ____________________')
    d.line('SIGNED by the said Worker    ____________________')
    d.line('in the presence of           ____________________')
    foot = lambda n, m: centre('Page %d' % n, w)
    return d.L, foot, (46, 54)


# ---------------------------------------------------------------------------
# layout: bilingual, English line then Indonesian line
# ---------------------------------------------------------------------------
def b_bilingual(e, ctx, rng, ab, lk, ver):
    roles(ctx, 'the Employer', 'the Worker')
    miss = e['missing']
    secs = [
        Sec('parties', 'PARTIES / PARA PIHAK', [
            ('', ("Employer: {emp}, {empaddr}.", "Pemberi Kerja: {emp}, {empaddr}.")),
            ('', ("Worker: {wname}, passport no. {ppno}.",
                  "Pekerja: {wname}, nomor paspor {ppno}."))]),
        Sec('engage', 'WORK / PEKERJAAN', [
            ('', ("The Worker is employed as a {job} in the household of the "
                  "Employer in {dcity}.",
                  "Pekerja dipekerjakan sebagai {job_id} di rumah tangga Pemberi "
                  "Kerja di {dcity}.")),
            ('', ("This agreement runs for {durw} months from the Worker's arrival.",
                  "Perjanjian ini berlaku selama {dur} bulan sejak Pekerja tiba."))]),
        Sec('pay', 'WAGES / UPAH', [
            ('wage', ("The Employer pays the Worker a monthly wage of {wage}.",
                      "Pemberi Kerja membayar Pekerja upah bulanan sebesar {wage_id}.")),
            ('', ("The wage is paid no later than seven days after the end of each "
                  "month.",
                  "Upah dibayar paling lambat tujuh hari setelah akhir setiap "
                  "bulan."))]),
        Sec('time', 'WORKING TIME AND REST / WAKTU KERJA DAN ISTIRAHAT', [
            ('hours', ("The Worker works no more than {hd} hours a day and has at "
                       "least eight hours of continuous rest each night.",
                       "Pekerja bekerja paling lama {hd} jam sehari dan mendapat "
                       "istirahat malam paling sedikit delapan jam berturut-turut.")),
            ('rest', ("The Worker has one rest day of 24 hours every week.",
                      "Pekerja mendapat satu hari libur selama 24 jam setiap minggu.")),
            ('', ("The Worker is entitled to the statutory holidays and annual leave "
                  "of {dest}.",
                  "Pekerja berhak atas hari libur resmi dan cuti tahunan sesuai "
                  "hukum {dest_id}."))]),
        Sec('living', 'FOOD, LODGING AND MEDICAL CARE / MAKAN, TEMPAT TINGGAL DAN '
                      'PERAWATAN KESEHATAN', [
            ('', ("The Employer provides free food, a suitable place to sleep with "
                  "privacy, and free medical treatment.",
                  "Pemberi Kerja menyediakan makanan gratis, tempat tidur yang layak "
                  "dengan privasi, dan pengobatan gratis."))]),
        Sec('travel', 'TRAVEL / PERJALANAN', [
            ('', ("The Employer pays for the Worker's flight from {ocity} to {dcity}.",
                  "Pemberi Kerja membayar tiket pesawat Pekerja dari {ocity} ke "
                  "{dcity}.")),
            ('travel', ("When the agreement ends, the Employer pays for the Worker's "
                        "flight home to {ocity}.",
                        "Ketika perjanjian berakhir, Pemberi Kerja membayar tiket "
                        "pesawat Pekerja pulang ke {ocity}."))]),
        Sec('docs', 'DOCUMENTS / DOKUMEN', [
            ('', ("The Employer applies for the visa and work permit and pays for "
                  "them.",
                  "Pemberi Kerja mengurus dan membayar visa serta izin kerja."))]),
        Sec('costs', 'COSTS / BIAYA', [
            ('', ("The agency gives the Worker a list of all costs of her placement "
                  "and of who paid them.",
                  "Agensi memberikan kepada Pekerja daftar seluruh biaya "
                  "penempatannya dan siapa yang membayarnya."))]),
        Sec('health', 'HEALTH AND PRIVATE LIFE / KESEHATAN DAN KEHIDUPAN PRIBADI', [
            ('', ("The Employer insures the Worker as the law requires.",
                  "Pemberi Kerja mengasuransikan Pekerja sesuai ketentuan hukum."))]),
        Sec('term', 'ENDING THE AGREEMENT / BERAKHIRNYA PERJANJIAN', [
            ('', ("This agreement can be ended by the Employer or by the Worker on "
                  "one month's notice; the Employer may pay one month's wages "
                  "instead of giving notice.",
                  "Perjanjian ini dapat diakhiri oleh Pemberi Kerja atau oleh Pekerja "
                  "dengan pemberitahuan satu bulan; Pemberi Kerja boleh membayar upah "
                  "satu bulan sebagai ganti pemberitahuan."))]),
        Sec('griev', 'COMPLAINTS / PENGADUAN', [
            ('complaint', ("The Worker may bring any complaint to {chan} or to {emb}.",
                           "Pekerja dapat menyampaikan pengaduan kepada {chan_id} "
                           "atau kepada {emb_id}."))]),
        Sec('general', 'LANGUAGE / BAHASA', [
            ('', ("If the English and Indonesian lines differ, the one more "
                  "favourable to the Worker applies.",
                  "Apabila baris bahasa Inggris dan bahasa Indonesia berbeda, berlaku "
                  "yang lebih menguntungkan Pekerja."))]),
    ]
    if 'hours' in miss:
        drop(secs, {'hours'})
        for s in secs:
            if s.topic == 'time':
                s.title = 'REST DAYS AND LEAVE / HARI LIBUR DAN CUTI'
                s.items.insert(0, ['', ("The daily routine of the household is "
                                        "explained to the Worker on her first day.",
                                        "Kegiatan harian keluarga dijelaskan kepada "
                                        "Pekerja pada hari pertamanya.")])
    if 'repatriation' in miss:
        drop(secs, {'travel'})
        for s in secs:
            if s.topic == 'travel':
                s.title = 'FLIGHT / PENERBANGAN'
    place(secs, [(it['sect'], '', it['text']) for it in ab + lk if it['form'] == 'b'],
          {'private': 'health'}, rng)
    number(secs, lambda s, i: '')
    d = Doc(ctx['width'])
    d.line('PERJANJIAN KERJA / EMPLOYMENT AGREEMENT')
    d.line(fill('Domestic work in {dest} / Pekerjaan rumah tangga di {dest_id}', ctx))
    if ver:
        d.line(ver)
    d.blank()
    d.line('Each clause is given in English on one line and in Indonesian on the next.')
    d.line('Setiap klausul ditulis dalam bahasa Inggris pada satu baris dan dalam '
           'bahasa Indonesia pada baris berikutnya.')
    for s in secs:
        d.blank()
        d.line('%d. %s' % (s.no, s.title))
        for ii, (k, (en, idt)) in enumerate(s.items, 1):
            n = '%d.%d ' % (s.no, ii)
            d.line(n + fill(en, ctx))
            d.line(' ' * len(n) + fill(idt, ctx))
    d.blank()
    d.line(fill('Signed at {scity} on {sdate} / Ditandatangani di {scity} pada '
                'tanggal {sdate_id}', ctx))
    d.line('Employer / Pemberi Kerja ______________   Worker / Pekerja ______________')
    foot = lambda n, m: 'Page %d / Halaman %d' % (n, n)
    return d.L, foot, (40, 46)


# ---------------------------------------------------------------------------
# Indonesian layouts
# ---------------------------------------------------------------------------
def site_id(e):
    if e['hh']:
        return 'rumah Pemberi Kerja di {dcity}'
    if e['sector'] == 'fishing':
        return 'kapal penangkap ikan milik Pemberi Kerja yang berpangkalan di {dcity}'
    return 'pabrik Pemberi Kerja di {dcity}'


WAGE_ID = ["Pemberi Kerja membayar upah kepada Pekerja sebesar {wage_id} setiap bulan.",
           "Upah pokok Pekerja ditetapkan sebesar {wage_id} untuk setiap bulan kerja."]
HOURS_ID = ["Waktu kerja normal paling lama {hd} jam sehari dan {hw} jam seminggu.",
            "Pekerja bekerja paling lama {hd} jam sehari, di luar waktu istirahat "
            "dan makan."]
REST_ID = ["Pekerja berhak atas satu hari libur penuh selama 24 jam setiap minggu.",
           "Setiap hari {restday_id} adalah hari istirahat Pekerja dengan upah penuh."]
TRAVEL_ID = ["Pada akhir masa Perjanjian, Pemberi Kerja menyediakan tiket pesawat "
             "bagi Pekerja untuk pulang ke {ocity} tanpa biaya.",
             "Biaya kepulangan Pekerja ke daerah asal ditanggung sepenuhnya oleh "
             "Pemberi Kerja, bagaimanapun Perjanjian ini berakhir."]
COMPLAINT_ID = ["Pekerja dapat menyampaikan pengaduan kepada {chan_id} atau kepada "
                "{emb_id} tanpa dipungut biaya.",
                "Apabila timbul masalah, Pekerja berhak mengadu kepada {chan_id}, "
                "{emb_id} atau BP2MI."]


def b_pasal(e, ctx, rng, ab, lk, ver):
    roles(ctx, 'Pemberi Kerja', 'Pekerja', 'P3MI')
    pr = e['pair'] or ('',)
    secs = [
        Sec('engage', 'Jabatan dan Tempat Kerja', [
            ('', "Pemberi Kerja mempekerjakan Pekerja sebagai {job_id} di " + site_id(e) + "."),
            ('', "Pekerja hanya melakukan pekerjaan sesuai jabatan tersebut.")]),
        Sec('dur', 'Jangka Waktu', [
            ('duration', "Perjanjian ini berlaku selama {dur} bulan terhitung sejak "
                         "Pekerja tiba di {dest_id}.")]),
        Sec('pay', 'Upah', [
            ('wage', pick(WAGE_ID, rng, 0 if pr[0] == 'wage' else None)),
            ('', "Upah dibayarkan paling lambat tanggal 7 bulan berikutnya melalui "
                 "transfer ke rekening atas nama Pekerja."),
            ('', "Kerja lembur dibayar sesuai peraturan perundang-undangan di "
                 "{dest_id}.")]),
        Sec('time', 'Waktu Kerja dan Istirahat', [
            ('hours', pick(HOURS_ID, rng)), ('rest', pick(REST_ID, rng))]),
        Sec('leave', 'Cuti dan Hari Libur Resmi', [
            ('', "Pekerja berhak atas cuti tahunan dengan upah penuh sesuai hukum "
                 "{dest_id}."),
            ('', "Hari libur resmi di {dest_id} adalah hari libur dengan upah.")]),
        Sec('living', 'Akomodasi, Makan dan Kesehatan', [
            ('', "Pemberi Kerja menyediakan tempat tinggal yang layak dan makan tiga "
                 "kali sehari tanpa biaya."),
            ('', "Pemberi Kerja menanggung biaya pengobatan dan asuransi Pekerja.")]),
        Sec('docs', 'Dokumen', [
            ('', "Pemberi Kerja mengurus dan membiayai izin kerja dan izin tinggal "
                 "Pekerja.")]),
        Sec('costs', 'Biaya Penempatan', [
            ('', "Rincian biaya penempatan dicatat dalam daftar biaya yang diberikan "
                 "kepada Pekerja sebelum berangkat.")]),
        Sec('term', 'Berakhirnya Perjanjian', [
            ('notice', "Masing-masing pihak dapat mengakhiri Perjanjian dengan "
                       "pemberitahuan tertulis 30 hari sebelumnya."),
            ('summary', "Pemberi Kerja dapat mengakhiri Perjanjian tanpa "
                        "pemberitahuan apabila Pekerja melakukan pelanggaran berat "
                        "yang telah dibuktikan."),
            ('summary_worker', "Pekerja dapat mengakhiri Perjanjian tanpa "
                               "pemberitahuan apabila upahnya tidak dibayar atau ia "
                               "diperlakukan dengan tidak layak.")]),
        Sec('travel', 'Kepulangan', [('travel', pick(TRAVEL_ID, rng))]),
        Sec('griev', 'Perselisihan dan Pengaduan', [
            ('complaint', pick(COMPLAINT_ID, rng)),
            ('', "Para pihak mengupayakan penyelesaian perselisihan secara "
                 "musyawarah.")]),
        Sec('general', 'Penutup', [
            ('', "Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Inggris, "
                 "dan Pekerja menerima satu salinan sebelum berangkat."),
            ('', "Perjanjian ini tunduk pada hukum {dest_id}.")]),
    ]
    place(secs, body_inserts(ab + lk, ('ip',)), {'private': 'living', 'health': 'living'}, rng)
    ref = number(secs, lambda s, i: 'Pasal %d ayat (%d)' % (s, i))
    w = ctx['width']
    d = Doc(w, e.get('hyph'))
    d.line(centre('PERJANJIAN KERJA', w))
    d.line(centre('ANTARA PEMBERI KERJA DAN PEKERJA MIGRAN INDONESIA', w))
    d.line(centre('Nomor: ' + ctx['contract_no'], w))
    if ver:
        d.line(centre(ver, w))
    d.blank()
    d.para(fill("Pada tanggal {adate_id}, yang bertanda tangan di bawah ini:", ctx))
    d.para(fill("1. {emp}, beralamat di {empaddr}, selanjutnya disebut PEMBERI KERJA;", ctx), rest='   ')
    d.para(fill("2. {wname}, pemegang paspor nomor {ppno}, beralamat di {ocity}, "
                "selanjutnya disebut PEKERJA;", ctx), rest='   ')
    d.para("sepakat mengadakan Perjanjian Kerja dengan ketentuan sebagai berikut.")
    for s in secs:
        d.blank()
        d.line(centre('Pasal %d' % s.no, w))
        d.line(centre(s.title, w))
        for ii, (k, t) in enumerate(s.items, 1):
            d.para(subst_refs(fill(t, ctx), ref), first='(%d) ' % ii)
    d.blank()
    d.line(fill('Ditandatangani di {scity} pada tanggal {sdate_id}.', ctx))
    d.line('PEMBERI KERJA                         PEKERJA')
    d.blank()
    d.line('____________________                  ____________________')
    foot = lambda n, m: centre('Halaman %d dari %d' % (n, m), w)
    return d.L, foot, (44, 52)


CHAT_NEUTRAL_ID = [
    [('W', "Jadwal orientasi kapan Bu?"),
     ('A', "Hari Kamis jam 9 di kantor, bawa pas foto 2 lembar."),
     ('W', "Baik Bu, terima kasih.")],
    [('A', "Tiket pesawat tanggal {fdate_id}, datang ke bandara 3 jam sebelumnya ya.")],
    [('W', "Boleh bawa rice cooker sendiri?"),
     ('A', "Boleh, tapi bagasi maksimal 30 kg.")],
]


def b_obrolan(e, ctx, rng, ab, lk, ver):
    roles(ctx, 'Pemberi Kerja', 'Pekerja', 'P3MI')
    miss = e['missing']
    ctx['fdate_id'] = '%d %s' % ((ctx['sdate_num'][0] % 27) + 1,
                                 ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
                                  'Juli', 'Agustus', 'September', 'Oktober', 'November',
                                  'Desember'][ctx['sdate_num'][1] % 12])
    rest_title = 'HARI LIBUR DAN CUTI'
    rest_items = [('rest', pick(REST_ID, rng)),
                  ('', "Pekerja mendapat cuti tahunan dengan upah penuh.")]
    if 'weekly-rest' in miss:
        rest_title = 'CUTI'
        rest_items = [('', "Pekerja mendapat cuti tahunan dengan upah penuh."),
                      ('', "Pada Hari Raya Idul Fitri Pekerja diberi libur dua hari.")]
    secs = [
        Sec('parties', 'PARA PIHAK', [
            ('', "Pemberi Kerja: {emp}, {empaddr}."),
            ('', "Pekerja: {wname}, paspor nomor {ppno}."),
            ('', "Perusahaan penempatan (P3MI): {agency}.")]),
        Sec('engage', 'PEKERJAAN', [
            ('', "Pekerja bekerja sebagai {job_id} di " + site_id(e) + " selama "
                 "{dur} bulan.")]),
        Sec('pay', 'UPAH', [('wage', pick(WAGE_ID, rng)),
                            ('', "Upah dibayar setiap akhir bulan.")]),
        Sec('time', 'WAKTU KERJA', [
            ('hours', pick(HOURS_ID, rng)),
            ('', "Pekerja mendapat istirahat siang satu jam setiap hari.")]),
        Sec('rest', rest_title, rest_items),
        Sec('living', 'MAKAN, TEMPAT TINGGAL DAN KESEHATAN', [
            ('', "Pemberi Kerja menyediakan kamar yang layak, makan tiga kali sehari "
                 "dan pengobatan tanpa biaya.")]),
        Sec('travel', 'KEPULANGAN', [('travel', pick(TRAVEL_ID, rng))]),
        Sec('griev', 'PENGADUAN', [('complaint', pick(COMPLAINT_ID, rng))]),
        Sec('other', 'LAIN-LAIN', [
            ('', "Pesan-pesan dalam Lampiran 1 merupakan bagian dari perjanjian "
                 "ini.")]),
    ]
    place(secs, body_inserts(ab + lk, ('ip',)),
          {'docs': 'other', 'costs': 'other', 'term': 'other', 'health': 'other',
           'private': 'other'}, rng)
    number(secs, lambda s, i: '')
    w = ctx['width']
    d = Doc(w, e.get('hyph'))
    d.line('KETENTUAN KERJA')
    d.line(fill('{job_id} - {dcity}', ctx).upper())
    if ver:
        d.line(ver)
    for s in secs:
        d.blank()
        d.line('%d. %s' % (s.no, s.title))
        for k, t in s.items:
            d.para(fill(t, ctx), first='   ')
    d.blank()
    d.line(fill('Ditandatangani di {scity} pada tanggal {sdate_id}.', ctx))
    d.line('Pemberi Kerja ________________    Pekerja ________________')
    d.blank()
    d.blank()
    d.line('LAMPIRAN 1 - KONFIRMASI MELALUI PESAN WHATSAPP')
    d.blank()
    d.para(fill("Pesan di bawah ini dikirim dalam grup WhatsApp antara {officer} dari "
                "{agency}, {emp} dan Pekerja sebelum berangkat, dikutip apa adanya.",
                ctx))
    d.blank()
    who = {'W': ctx['wfirst'], 'A': '%s (PT)' % ctx['officer'], 'E': ctx['emp']}
    extra = []
    if 'weekly-rest' in miss:
        extra = [(('W', "Libur Lebaran dapat berapa hari Bu?"),
                  ('A', "Lebaran dapat 2 hari ya."))]
    chat_lines(d, e, ctx, rng, ab, lk, CHAT_NEUTRAL_ID, CHAT_Q_ID, 4, who, idq=True,
               extra=extra)
    foot = lambda n, m: centre('- %d -' % n, w)
    return d.L, foot, (44, 50)


TT_GROUPS = {
    'co': [('kerja', 'A. Di Tempat Kerja', ["Alat pelindung diri wajib dipakai selama jam kerja.",
                                            "Dilarang merokok di area produksi."]),
           ('asrama', 'B. Asrama', ["Setiap kamar dihuni paling banyak enam orang.",
                                    "Jam tenang asrama pukul 22.00 sampai 06.00."]),
           ('pribadi', 'C. Urusan Pribadi', ["Perubahan alamat keluarga wajib dilaporkan "
                                             "ke bagian personalia."]),
           ('uang', 'D. Keuangan', ["Slip gaji dibagikan setiap tanggal gajian."]),
           ('berhenti', 'E. Berhenti Bekerja', ["Sertifikat kerja diberikan atas "
                                                "permintaan."])],
    'ship': [('kerja', 'A. Saat Bekerja', ["Pelampung wajib dipakai saat bekerja di dek.",
                                           "Perintah nakhoda dalam keadaan darurat wajib "
                                           "segera dilaksanakan."]),
             ('asrama', 'B. Di Kapal dan di Mes', ["Mes di pelabuhan disediakan gratis "
                                                   "saat kapal bersandar.",
                                                   "Air minum dan makanan di kapal "
                                                   "disediakan tanpa biaya."]),
             ('pribadi', 'C. Urusan Pribadi', ["Perubahan alamat keluarga wajib "
                                               "dilaporkan ke kantor perusahaan."]),
             ('uang', 'D. Keuangan', ["Slip gaji dibagikan setiap tanggal gajian."]),
             ('berhenti', 'E. Berhenti Bekerja', ["Sertifikat kerja diberikan atas "
                                                  "permintaan."])],
}


def b_tatatertib(e, ctx, rng, ab, lk, ver):
    roles(ctx, 'Pemberi Kerja', 'Pekerja', 'P3MI')
    ship = e['sector'] == 'fishing'
    secs = [
        Sec('engage', 'Jabatan', [
            ('', "Pemberi Kerja mempekerjakan Pekerja sebagai {job_id} di " + site_id(e)
                 + " selama {dur} bulan.")]),
        Sec('pay', 'Upah', [('wage', pick(WAGE_ID, rng)),
                            ('', "Upah dibayar melalui transfer ke rekening atas nama "
                                 "Pekerja.")]),
        Sec('time', 'Waktu Kerja', [
            ('hours', pick(HOURS_ID, rng)),
            ('', "Lembur bersifat sukarela dan dibayar satu setengah kali upah per "
                 "jam.")]),
        Sec('rest', 'Hari Istirahat dan Cuti', [
            ('rest', pick(REST_ID, rng)),
            ('', "Pekerja berhak atas cuti tahunan sesuai hukum {dest_id}.")]),
        Sec('living', 'Tempat Tinggal dan Makan', [
            ('', "Pemberi Kerja menyediakan tempat tinggal dan makan tanpa biaya.")]),
        Sec('health', 'Kesehatan', [
            ('', "Pemberi Kerja menanggung pengobatan dan asuransi kecelakaan kerja "
                 "Pekerja.")]),
        Sec('docs', 'Dokumen', [
            ('', "Pemberi Kerja mengurus izin kerja Pekerja atas biaya sendiri.")]),
        Sec('term', 'Berakhirnya Hubungan Kerja', [
            ('', "Hubungan kerja dapat diakhiri oleh masing-masing pihak dengan "
                 "pemberitahuan 30 hari.")]),
        Sec('travel', 'Kepulangan', [('travel', pick(TRAVEL_ID, rng))]),
        Sec('griev', 'Pengaduan', [('complaint', pick(COMPLAINT_ID, rng))]),
        Sec('annex', 'Lampiran', [
            ('', "Peraturan dalam Lampiran A merupakan bagian dari perjanjian ini.")]),
    ]
    place(secs, body_inserts(ab + lk, ('ip',)), {'private': 'health', 'costs': 'docs'}, rng)
    number(secs, lambda s, i: '')
    groups = [(g, t, list(x)) for g, t, x in TT_GROUPS['ship' if ship else 'co']]
    gby = {g: x for g, t, x in groups}
    for it in ab + lk:
        if it['form'] == 'ir':
            lst = gby[it['sect'] if it['sect'] in gby else 'pribadi']
            lst.insert(rng.randrange(0, len(lst) + 1), it['text'])
    w = ctx['width']
    d = Doc(w, e.get('hyph'))
    d.line('PERJANJIAN KERJA')
    d.line(fill('{emp}', ctx))
    if ver:
        d.line(ver)
    d.blank()
    d.para(fill("Perjanjian ini dibuat pada tanggal {adate_id} antara {emp}, {empaddr}, "
                "sebagai Pemberi Kerja, dan {wname}, paspor nomor {ppno}, sebagai "
                "Pekerja.", ctx))
    for s in secs:
        d.blank()
        d.line('%d. %s' % (s.no, s.title))
        for k, t in s.items:
            d.para(fill(t, ctx), first='   ')
    d.blank()
    d.line(fill('Ditandatangani di {scity} pada tanggal {sdate_id}.', ctx))
    d.line('Pemberi Kerja ________________    Pekerja ________________')
    d.blank()
    d.blank()
    d.line('LAMPIRAN A - ' + ('PERATURAN DI ATAS KAPAL' if ship else
                              'PERATURAN PERUSAHAAN DAN TATA TERTIB ASRAMA'))
    d.blank()
    d.para("Peraturan ini berlaku bagi seluruh pekerja dan dibacakan pada hari "
           "pertama bekerja.")
    n = 0
    for g, t, items in groups:
        d.blank()
        d.line(t)
        for txt in items:
            n += 1
            d.para(fill(txt, ctx), first=('%d.' % n).ljust(4))
    foot = lambda n_, m: 'Paraf Pekerja: ______'.ljust(w - 8) + 'Hal. %d' % n_
    return d.L, foot, (44, 52)


def b_tawaran(e, ctx, rng, ab, lk, ver):
    roles(ctx, 'Pemberi Kerja', 'Pekerja', 'P3MI')
    rows = [
        ('', 'Nama|{wname}, paspor {ppno}'),
        ('', 'Jabatan|{job_id}'),
        ('', 'Majikan|{emp}, {dcity}'),
        ('', 'Kontrak|{dur} bulan sejak tiba'),
        ('wage', 'Gaji|{wage_id} per bulan'),
        ('hours', 'Jam kerja|maks. {hd} jam/hari'),
        ('rest', 'Libur|1 hari penuh/minggu ({restday_id})'),
        ('', 'Makan & kamar|gratis, kamar sendiri'),
        ('', 'Cuti|{leave} hari/tahun dengan gaji'),
        ('travel', 'Tiket|pergi dan pulang ditanggung majikan'),
        ('', 'Asuransi|ditanggung majikan'),
        ('complaint', 'Pengaduan|{chan_id}; {emb_id}'),
    ]
    for it in ab + lk:
        if it['form'] == 'it':
            rows.insert(rng.randrange(4, len(rows) + 1), ('x', it['text']))
    w = ctx['width']
    d = Doc(w, e.get('hyph'))
    d.line(fill('{agency}', ctx))
    d.line(fill('Izin {lic} - {ocity}', ctx))
    d.blank()
    d.line('SURAT PENAWARAN KERJA'.ljust(w - 16) + 'No. SPK-%04d' % rng.randrange(10000))
    d.line(fill('Tanggal: {adate_id}', ctx))
    if ver:
        d.line(ver)
    d.blank()
    kw = max(vlen(r[1].split('|')[0]) for r in rows) + 4
    for key, txt in rows:
        k, v = txt.split('|', 1)
        mk = ''.join(ch for ch in k if MK.match(ch))
        k = MK.sub('', k)
        d.para(fill(v, ctx), first=mk + k + ' ' + '.' * (kw - len(k) - 2) + ' ',
               rest=' ' * kw)
    d.blank()
    d.line('Catatan:')
    notes = ["Penawaran berlaku 14 hari.",
             "Kontrak akhir ditandatangani saat pembekalan akhir pemberangkatan.",
             "Bawa paspor, 4 pas foto dan ijazah terakhir.",
             "Pemeriksaan kesehatan hanya di klinik resmi."]
    rng.shuffle(notes)
    for i, n in enumerate(notes, 1):
        d.para(n, first='%d) ' % i)
    d.blank()
    d.line('Calon Pekerja ______________   Petugas P3MI ______________')
    return d.L, None, None


BUILDERS = {'govform': b_govform, 'handbook': b_handbook, 'agency': b_agency,
            'chat': b_chat, 'definitions': b_definitions, 'offer': b_offer,
            'runon': b_runon, 'bilingual': b_bilingual, 'pasal': b_pasal,
            'obrolan': b_obrolan, 'tatatertib': b_tatatertib, 'tawaran': b_tawaran}
ROLES = {'govform': ('the Employer', 'the Worker', 'the Agency'),
         'agency': ('the Principal', 'the Candidate', 'the Agency'),
         'chat': ('the Employer', 'the Worker', 'the recruitment agency'),
         'definitions': ('the Employer', 'the Employee', 'the Agency'),
         'offer': ('the Employer', 'the Worker', 'the agency'),
         'runon': ('the Employer', 'the Worker', 'the recruitment agency'),
         'bilingual': ('the Employer', 'the Worker', 'the agency')}


# ---------------------------------------------------------------------------
# look-alike choice, generation, output
# ---------------------------------------------------------------------------
def choose_lookalikes(e, rng, used):
    own = [ABUSE[a]['rule'] for a in e['ab']]
    woman_ok = e['sex'] == 'f' and e['dest'] != 'SG'
    allowed = [r for r in RULES if r not in own]
    if not woman_ok:
        allowed = [r for r in allowed if r not in ('CTR-005', 'CTR-006')]
    miss_tags = [MISS_TAG[m] for m in e['missing']]
    if e['role'] == 'ctr010':
        allowed = [r for r in allowed if r in ('CTR-001', 'CTR-002', 'CTR-003',
                                               'CTR-005', 'CTR-006', 'CTR-008')]
        if 'wage' in miss_tags or 'travel' in miss_tags:
            allowed = [r for r in allowed if r != 'CTR-002']
    n = {'abuse': 3 if woman_ok else 2, 'clean': 6, 'pair': 3,
         'ctr010': rng.randint(1, 3)}[e['role']]

    def fits(v):
        tags = v.get('tags', '').split()
        if 'f' in tags and e['sex'] != 'f':
            return False
        if 'hh' in tags and not e['hh']:
            return False
        if 'co' in tags and e['hh']:
            return False
        if any(t in tags for t in miss_tags):
            return False
        if v['form'] in ('c', 'ic') and v.get('spk') == 'E' and not e['hh']:
            return False
        return used.get(v['id'], 0) < 5

    def cands(rule):
        for f in LAYOUT_FORMS[e['lay']]:
            c = [v for v in LOOK if v['rule'] == rule and v['form'] == f and fits(v)]
            if c:
                return c
        return []
    types = [r for r in allowed if cands(r)]
    rng.shuffle(types)
    # balance: types used least so far in the batch come first
    types.sort(key=lambda r: used.get('type:' + r, 0))
    out = []
    for r in types[:n]:
        used['type:' + r] = used.get('type:' + r, 0) + 1
        c = cands(r)
        m = min(used.get(v['id'], 0) for v in c)
        c = [v for v in c if used.get(v['id'], 0) == m]
        v = c[rng.randrange(len(c))]
        used[v['id']] = used.get(v['id'], 0) + 1
        out.append(v)
    if len(out) < min(n, 1):
        raise RuntimeError('no look-alike for ' + e['k'])
    return out


def prep(v, ctx, n=None):
    it = dict(v)
    if v['form'] == 'b':
        en, idt = v['text']
        en, idt = fill(en, ctx), fill(idt, ctx)
        if n is not None:
            en = mark(en, n)
        it['text'] = (en, idt)
    else:
        t = fill(v['text'], ctx)
        it['text'] = mark(t, n) if n is not None else t
    it['n'] = n
    return it


def typographic(text):
    text = text.replace("'", '\u2019')
    out, opn = [], True
    for ch in text:
        if ch == '"':
            out.append('\u201c' if opn else '\u201d')
            opn = not opn
        else:
            out.append(ch)
    return ''.join(out)


def finish(lines, foot, every, rng, caps, typo):
    if foot:
        lines = add_pages(lines, rng, foot, every)
    text = '\n'.join(l.rstrip() for l in lines)
    if typo:
        text = typographic(text)
    if caps:
        text = text.upper()
    labels, starts, clean = {}, {}, []
    for i, l in enumerate(text.split('\n'), 1):
        for ch in MK.findall(l):
            c = ord(ch)
            if c >= SEN:
                starts.setdefault(c - SEN, []).append(i)
            else:
                labels.setdefault(c - LAB, []).append(i)
        clean.append(MK.sub('', l).rstrip())
    return clean, labels, starts


def later(ctx):
    day, mon = ctx['sdate_num']
    mon2 = mon + 2 if mon <= 10 else mon - 10
    yr = 2026 if mon <= 10 else 2027
    en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
    idn = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
           'September', 'Oktober', 'November', 'Desember']
    return '%d %s %d' % (day, en[mon2 - 1], yr), '%d %s %d' % (day, idn[mon2 - 1], yr)


def generate(e, idx, used, counter):
    rng = random.Random(SEED * 1000 + idx)
    ctx = make_ctx(e, rng)
    ctx['width'] = rng.randrange(68, 81)
    ctx['adate'], ctx['adate_id'] = ctx['sdate'], ctx['sdate_id']
    if e['lang'] == 'id':
        roles(ctx, 'Pemberi Kerja', 'Pekerja', 'P3MI')
    elif e['lay'] == 'handbook':
        roles(ctx, *(('the Employer', 'the Helper') if e['hh'] else
                     ('the Company', 'the Employee')))
    else:
        roles(ctx, *ROLES[e['lay']])
    lk_raw = choose_lookalikes(e, rng, used)
    ab = []
    for a in e['ab']:
        ab.append(prep(ABUSE[a], ctx, counter[0]))
        counter[0] += 1
    lk = [prep(v, ctx) for v in lk_raw]
    bseed = rng.randrange(10 ** 9)
    caps, typo = e.get('caps', 0), 1 if e['lay'] == 'definitions' else 0
    versions = [None]
    if e['role'] == 'pair':
        versions = ['origin', 'dest']
    outs = {}
    for ver in versions:
        c = dict(ctx)
        vline = None
        if ver:
            if e['lang'] == 'id':
                vline = ('Naskah A - ditandatangani di {ocity} sebelum Pekerja berangkat'
                         if ver == 'origin' else
                         'Naskah B - ditandatangani di {dcity} setelah Pekerja tiba')
            else:
                vline = ("Counterpart A - executed in {ocity} before the worker's departure"
                         if ver == 'origin' else
                         "Counterpart B - executed in {dcity} after the worker's arrival")
            vline = fill(vline, c)
        if ver == 'dest':
            c['scity'] = c['dcity']
            c['sdate'], c['sdate_id'] = later(c)
            ch = e['pair']
            if ch[0] == 'wage':
                c['wage'] = c['wage_id'] = c['wage_dest']
            elif ch[0] in ('hours', 'hours-more'):
                hd, hw = ch[2]
                c['hd'], c['hw'] = str(hd), str(hw)
                c['hdw'] = {8: 'eight', 9: 'nine', 10: 'ten'}[hd]
                c['hww'] = {48: 'forty-eight', 54: 'fifty-four', 60: 'sixty'}[hw]
            elif ch[0] == 'rest-fewer':
                c['restfreq'] = ch[2]
        brng = random.Random(bseed)
        lines, foot, every = BUILDERS[e['lay']](e, c, brng, ab, lk, vline)
        outs[ver] = finish(lines, foot, every, brng, caps, typo)
    return ctx, ab, lk, outs


def main(outdir):
    tdir = os.path.join(outdir, 'texts')
    os.makedirs(tdir, exist_ok=True)
    order = list(range(len(PLAN)))
    random.Random(SEED).shuffle(order)
    used, counter = {}, [0]
    labels, contracts, comp, report = [], [], [], []
    for r, pi in enumerate(order, 1):
        e = PLAN[pi]
        name = 'R-%03d' % r
        ctx, ab, lk, outs = generate(e, pi, used, counter)
        main_ver = 'dest' if e['role'] == 'pair' else None
        clean, lab, starts = outs[main_ver]
        for ver, (cl, lb, st) in outs.items():
            fn = name + ('.origin' if ver == 'origin' else '') + '.txt'
            with open(os.path.join(tdir, fn), 'w', encoding='utf-8', newline='\n') as f:
                f.write('\n'.join(cl) + '\n')
        found = []
        for it in ab:
            ln = lab.get(it['n'], [])
            if len(ln) != 1:
                raise RuntimeError('%s: marker %d found %r' % (name, it['n'], ln))
            found.append((ln[0], it['rule'], it))
            s = starts.get(it['n'])
            report.append((name, it['rule'], ln[0], s[0] if s else ln[0], e['k']))
        found.sort(key=lambda x: x[0])
        for ln, rule, it in found:
            labels.append((name, e['lang'], rule, str(ln)))
        if e['role'] == 'ctr010':
            labels.append((name, e['lang'], 'CTR-010', ''))
        if e['role'] == 'pair' and e['pair'][0] in ('wage', 'hours', 'rest-fewer'):
            labels.append((name, e['lang'], 'CTR-011', ''))
        cur = e.get('wcur') or DEST[e['dest']][2]
        contracts.append((name, e['lang'], str(e['wage'][0]), cur))
        if e['role'] == 'abuse':
            detail = ' '.join(x[1] for x in found)
        elif e['role'] == 'ctr010':
            detail = ' '.join(e['missing'])
        elif e['role'] == 'pair':
            detail = e['pair'][0]
        else:
            detail = ''
        pov = {'govform': 'roles', 'handbook': 'roles', 'agency': 'agency',
               'chat': 'roles+chat', 'definitions': 'defined-terms', 'offer': 'telegraphic',
               'runon': 'deed', 'bilingual': 'roles', 'pasal': 'peran',
               'obrolan': 'peran+obrolan', 'tatatertib': 'peran', 'tawaran': 'telegrafis'}[e['lay']]
        sched = {'handbook': 'annex', 'chat': 'annex', 'agency': 'annex', 'obrolan': 'annex',
                 'tatatertib': 'annex'}.get(e['lay'], '0')
        comp.append((name, e['lang'], e['role'], e['sector'], e['dest'], e['orig'], detail,
                     ' '.join(sorted(v['rule'] for v in lk)), pov, e['lay'],
                     str(e.get('caps', 0)), '1' if e['lay'] == 'definitions' else '0',
                     str(e.get('hyph', 0)), sched,
                     '1' if e['lay'] == 'definitions' else '0',
                     'id' if e['lay'] == 'bilingual' else '0', str(len(clean))))
        if e['role'] == 'pair':
            a, b = outs['origin'][0], outs['dest'][0]
            if len(a) != len(b):
                raise RuntimeError('%s: versions differ in length %d/%d' % (name, len(a), len(b)))
            diff = [i + 1 for i in range(len(a)) if a[i] != b[i]]
            report.append((name, 'pair-diff', diff, e['pair'][0], e['k']))
    labels.sort(key=lambda x: (x[0], int(x[3]) if x[3] else 10 ** 6))
    contracts.sort()
    comp.sort()
    with open(os.path.join(outdir, 'labels.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'rule', 'line'])
        w.writerows(labels)
    with open(os.path.join(outdir, 'contracts.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'wage', 'currency'])
        w.writerows(contracts)
    with open(os.path.join(outdir, 'composition.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['contract', 'language', 'role', 'sector', 'destination', 'origin',
                    'detail', 'lookalike_types', 'pov', 'numbering', 'caps_all',
                    'typographic', 'hyphenation', 'schedule', 'definitions',
                    'bilingual', 'lines'])
        w.writerows(comp)
    uses = [v for k, v in used.items() if not k.startswith('type:')]
    report.append(('look-alike variants used', len(uses), 'max uses', max(uses),
                   'instances', sum(uses)))
    return report


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for row in main(out):
        print(*row, sep='\t')
