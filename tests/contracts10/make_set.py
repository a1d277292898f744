#!/usr/bin/env python3
"""Generate contract evaluation batch 10 (P-001 .. P-060).

Deterministic (fixed seed, standard library only).  Usage:
    python3 make_set.py [outdir]      (default: the folder of this script)
Labels come from construction: each abusive clause carries a private-use
marker character (U+E000 + n) through filling, capitals, quotes, wrapping
(markers count zero width), placement and page footers; the line on which
the marker ends up is the label line, then the marker is removed.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variants import ABUSE, ABUSE_ID, LOOK, LOOK_ID  # noqa: E402

SEED = 20261130
RULES = ["CTR-%03d" % i for i in range(1, 10)]
MK0 = 0xE000


def is_mk(c):
    return MK0 <= ord(c) < MK0 + 0x800


def vlen(s):
    return sum(1 for c in s if not is_mk(c))


# ---------------------------------------------------------------- data
DEST = {
    # code: country, city, iso, display formats, wages by sector, hotline, sponsor-word
    "HK": ("Hong Kong", "Hong Kong", "HKD", ["HKD {n}", "HK${n}", "{n} Hong Kong dollars"],
           {"domestic": 5100, "care": 5300},
           "Labour Department (hotline 2717 1771)"),
    "SG": ("Singapore", "Singapore", "SGD", ["S${n}", "SGD {n}"],
           {"domestic": 700, "construction": 1150, "cleaning": 1300, "manufacturing": 1400},
           "Ministry of Manpower (helpline 6438 5122)"),
    "MY": ("Malaysia", "Kuala Lumpur", "MYR", ["RM{n}", "RM {n}", "MYR {n}"],
           {"domestic": 1700, "manufacturing": 1700, "plantation": 1700, "construction": 1800},
           "Labour Department of Peninsular Malaysia (JTK)"),
    "TW": ("Taiwan", "Taichung", "TWD", ["NTD {n}", "NT${n}"],
           {"manufacturing": 27470, "fishing": 27470, "care": 20000},
           "Ministry of Labor 1955 Hotline"),
    "SA": ("the Kingdom of Saudi Arabia", "Riyadh", "SAR", ["SAR {n}", "SR {n}"],
           {"domestic": 1500, "construction": 1400, "cleaning": 1300},
           "Ministry of Human Resources and Social Development"),
    "AE": ("the United Arab Emirates", "Dubai", "AED", ["AED {n}", "Dhs {n}"],
           {"domestic": 1200, "hospitality": 1600, "cleaning": 1300, "construction": 1300},
           "Ministry of Human Resources and Emiratisation (600 590000)"),
    "QA": ("the State of Qatar", "Doha", "QAR", ["QAR {n}", "{n} Qatari riyals"],
           {"construction": 1400, "hospitality": 1500, "cleaning": 1300},
           "Ministry of Labour (Workers' Support line 40280660)"),
    "KW": ("the State of Kuwait", "Kuwait City", "KWD", ["KWD {n}", "KD {n}"],
           {"domestic": 120, "cleaning": 110},
           "Public Authority for Manpower, Domestic Labour Department"),
    "JO": ("the Hashemite Kingdom of Jordan", "Amman", "JOD", ["JOD {n}", "JD {n}"],
           {"manufacturing": 260, "domestic": 290},
           "Ministry of Labour (complaints hotline 065802666)"),
    "LB": ("Lebanon", "Beirut", "USD", ["USD {n}", "US$ {n}"],
           {"domestic": 250, "cleaning": 300},
           "Ministry of Labour, Domestic Workers Unit"),
    "BH": ("the Kingdom of Bahrain", "Manama", "BHD", ["BHD {n}", "BD {n}"],
           {"hospitality": 150, "construction": 140, "domestic": 130},
           "Labour Market Regulatory Authority (LMRA)"),
    "OM": ("the Sultanate of Oman", "Muscat", "OMR", ["OMR {n}", "RO {n}"],
           {"construction": 140, "domestic": 130, "hospitality": 150},
           "Ministry of Labour"),
}
ORIG = {
    "PH": ("the Philippines", "Manila", "Embassy of the Philippines (Migrant Workers Office)", "PHP 42,000",
           ["Maricel Dumalagan", "Jocelyn Pacquing", "Rowena Bautista"], ["Arnel Dizon", "Rodel Macaraeg"]),
    "NP": ("Nepal", "Kathmandu", "Embassy of Nepal", "NPR 150,000",
           ["Sarita Tamang", "Kamala Gurung"], ["Bikash Rai", "Dil Bahadur Magar", "Suman Thapa"]),
    "BD": ("Bangladesh", "Dhaka", "Embassy of Bangladesh (Labour Wing)", "BDT 380,000",
           ["Rokeya Begum"], ["Mohammad Shahin Alam", "Rafiqul Islam"]),
    "LK": ("Sri Lanka", "Colombo", "Embassy of Sri Lanka (Labour Welfare Section)", "LKR 260,000",
           ["Nadeeka Kumari", "Chamila Perera"], ["Ruwan Jayasinghe"]),
    "IN": ("India", "Chennai", "Embassy of India (Community Welfare Wing)", "INR 95,000",
           ["Lakshmi Murugan"], ["Senthil Kumar", "Anwar Sheikh"]),
    "KE": ("Kenya", "Nairobi", "Embassy of Kenya", "KES 120,000",
           ["Faith Wanjiru", "Mercy Atieno"], ["Brian Otieno"]),
    "UG": ("Uganda", "Kampala", "Embassy of Uganda", "UGX 3,400,000",
           ["Prossy Nakato", "Harriet Achieng"], ["Ivan Ssemakula"]),
    "ET": ("Ethiopia", "Addis Ababa", "Consulate of Ethiopia", "ETB 52,000",
           ["Tigist Alemu", "Meron Haile"], []),
    "MM": ("Myanmar", "Yangon", "Embassy of Myanmar (Labour Attache)", "MMK 2,100,000",
           ["Thida Win"], ["Kyaw Zin Oo", "Aung Myo Htet"]),
    "VN": ("Viet Nam", "Hanoi", "Representative Office (Labour Management Board) of Viet Nam", "VND 38,000,000",
           ["Nguyen Thi Hoa"], ["Tran Van Duc", "Le Quang Minh"]),
}
ID_NAMES = ["Siti Nurhayati", "Wartini binti Karso", "Sri Wahyuni", "Dewi Lestari",
            "Rohmah Fitriani", "Umi Kalsum", "Supriyatin", "Eka Yuliana", "Nur Aini", "Parmi binti Sadiman"]
ID_DEST = {"HK": ("HK$ {n}", "Labour Department Hong Kong (2717 1771)", "KJRI Hong Kong"),
           "TW": ("NT$ {n}", "Hotline 1955 Kementerian Tenaga Kerja Taiwan", "KDEI Taipei"),
           "MY": ("RM {n}", "Jabatan Tenaga Kerja", "KBRI Kuala Lumpur"),
           "SG": ("SGD {n}", "Kementerian Tenaga Manusia (MOM)", "KBRI Singapura"),
           "SA": ("SAR {n}", "Kementerian Sumber Daya Manusia", "KJRI Jeddah")}

ORIGIN_FOR = {"HK": ["PH", "PH", "LK", "BD"], "SG": ["PH", "MM", "IN", "BD", "LK"],
              "MY": ["NP", "BD", "MM", "IN", "VN"], "TW": ["PH", "VN", "VN"],
              "SA": ["PH", "KE", "UG", "IN", "BD", "ET", "LK"], "AE": ["PH", "IN", "NP", "KE", "UG", "LK"],
              "QA": ["NP", "IN", "BD", "KE", "PH"], "KW": ["PH", "IN", "LK", "ET", "KE"],
              "JO": ["BD", "LK", "PH", "KE", "UG"], "LB": ["ET", "KE", "PH", "LK", "BD"],
              "BH": ["IN", "PH", "NP", "KE", "UG"], "OM": ["IN", "BD", "NP", "UG", "KE", "LK"]}
FEMALE_SECTORS = {"domestic", "care"}
MALE_SECTORS = {"construction", "plantation", "fishing"}

EMPLOYERS = {
    "domestic": ["Mr. {sur} and Mrs. {sur}", "Madam {sur}", "the household of Mr. {sur}"],
    "care": ["Mrs. {sur}", "Mr. {sur}"],
    "construction": ["Al Wadi Contracting Co. W.L.L.", "Gulf Crest Building Works LLC", "Tanjung Bina Sdn. Bhd.",
                     "Kirin Engineering Pte. Ltd.", "Nahda Steel & Civil Contracting"],
    "manufacturing": ["Everbright Electronics (M) Sdn. Bhd.", "Hsin Yuan Precision Co., Ltd.",
                      "Qastal Garments Co.", "Lionpeak Packaging Pte. Ltd."],
    "plantation": ["Ladang Sungai Rasa Sdn. Bhd.", "Bukit Hijau Estates Berhad"],
    "hospitality": ["Pearl Lagoon Hotel & Suites", "Corniche Hospitality Management LLC", "Rimal Resort W.L.L."],
    "fishing": ["Ching Fu Marine Products Co., Ltd.", "Hai Sheng Fishery Co., Ltd."],
    "cleaning": ["BrightSpan Facility Services LLC", "Cleanway Integrated Services Pte. Ltd.",
                 "Al Manara Cleaning Contracting"],
}
SURNAMES = {"HK": ["Chan", "Leung", "Wong"], "SG": ["Tan", "Lim", "Goh"], "MY": ["Lee", "Abdullah", "Raman"],
            "TW": ["Lin", "Huang", "Chen"], "SA": ["Al-Qahtani", "Al-Harbi"], "AE": ["Al Mansoori", "Al Shamsi"],
            "QA": ["Al-Kuwari"], "KW": ["Al-Enezi", "Al-Mutairi"], "JO": ["Haddad", "Khoury"],
            "LB": ["Haddad", "Nassar", "Saab"], "BH": ["Al Khalifa", "Janahi"], "OM": ["Al Balushi", "Al Harthy"]}
AGENCIES = ["Bluehorizon Manpower Services", "Sunrise Overseas Placement Inc.", "Pacific Bridge Employment Agency",
            "Amanah Global Recruitment", "Unity Gate Employment Agency Ltd.", "Northstar Human Resources",
            "Cahaya Karya Mandiri", "Harbourview Recruitment Centre"]
AGENCIES_ID = ["PT Cahaya Insani Mandiri", "PT Sekar Buana Jaya", "PT Mitra Karya Nusantara"]

JOBS = {"domestic": ["domestic helper", "housemaid", "domestic worker"],
        "care": ["caregiver to an elderly person", "live-in care worker"],
        "construction": ["steel fixer", "mason", "scaffolder", "general labourer"],
        "manufacturing": ["production operator", "machine operator", "sewing machinist"],
        "plantation": ["harvester", "field worker"],
        "hospitality": ["room attendant", "kitchen helper", "waiter"],
        "fishing": ["deckhand", "fisherman (distant-water)"],
        "cleaning": ["cleaner", "janitor"]}

WTERM = {"domestic": ["Worker", "Helper", "Domestic Worker", "Housemaid", "Second Party"],
         "care": ["Caregiver", "Care Worker", "Worker"],
         "construction": ["Worker", "Employee", "Workman", "Second Party"],
         "manufacturing": ["Operator", "Employee", "Worker"],
         "plantation": ["Estate Worker", "Worker"],
         "hospitality": ["Employee", "Staff Member"],
         "fishing": ["Crew Member", "Fisher"],
         "cleaning": ["Employee", "Worker"]}
ETERM = {"domestic": ["Employer", "Sponsor", "First Party", "Household Employer"],
         "care": ["Employer", "Family"],
         "construction": ["Company", "Employer", "Contractor", "First Party"],
         "manufacturing": ["Company", "Employer"],
         "plantation": ["Estate", "Company"],
         "hospitality": ["Hotel", "Company"],
         "fishing": ["Owner", "Company"],
         "cleaning": ["Company", "Employer"]}
ATERM = ["Agency", "Recruitment Agency", "Agent", "Licensed Agency", "Placement Office"]

# ------------------------------------------------ mandatory element phrasings
WAGE = ["The {E} pays the {W} a basic salary of {wage} per month, not later than the last working day of each calendar month.",
        "In return for {her} services the {W} receives a monthly wage of {wage}, exclusive of overtime pay and allowances.",
        "Monthly remuneration is {wage}, paid by bank transfer on or before the fifth day of the following month.",
        "Basic pay is fixed at {wage} a month for the first year and reviewed on each anniversary of the start date.",
        "The {W} shall be paid {wage} for each completed month of service, together with any overtime earned in that month."]
HOURS = ["Normal working hours are eight a day and forty-eight a week, between 7.00 a.m. and 5.00 p.m., with a one-hour meal break.",
         "The {W} works not more than ten hours in any day and is given at least eight consecutive hours of rest in every twenty-four.",
         "The working day runs from 8.00 a.m. to 5.00 p.m., Sunday to Thursday, with a break of sixty minutes; overtime is voluntary and paid at 125 per cent of the hourly rate.",
         "Ordinary hours of work do not exceed nine a day or fifty-four a week, rest periods excluded.",
         "Duty starts at 6.30 a.m. and ends at 6.30 p.m., with two rest breaks totalling three hours during the day."]
REST = ["The {W} is entitled to one full rest day of twenty-four consecutive hours every week, normally on Friday.",
        "Sunday is the weekly day off; another day may be substituted by written agreement.",
        "A paid weekly rest day of not less than 24 hours is given in every period of seven days.",
        "One day in each week, to be agreed between the parties and not less than twenty-four hours long, is a rest day on full pay."]
REPAT = ["On completion or earlier termination of this contract, the {E} pays for the return journey of the {W} to {ocity}.",
         "Return air passage to {ocountry} is at the expense of the {E}, as is the repatriation of remains in the event of death.",
         "The {E} bears the cost of the flight home to {ocity} when the employment ends, whatever the reason.",
         "A one-way economy ticket from {city} to {ocity} is provided by the {E} at the end of service."]
COMPL = ["Complaints may be made to the {A}, to the {hot} or to the {cons}, and the {W} suffers no disadvantage for making one.",
         "A dispute that cannot be settled amicably may be referred by either party to the {hot}; the {W} may also seek help from the {cons}.",
         "The {W} may raise any grievance with {her} supervisor, with the 24-hour helpline of the {A} or with the {hot}, in confidence.",
         "For help or to report a problem, the {W} may contact the {hot} or the {cons} at any time."]
WAGE_ID = ["Majikan membayar gaji PMI sebesar {wage} per bulan, paling lambat tanggal 7 bulan berikutnya.",
           "Gaji pokok PMI ditetapkan sebesar {wage} setiap bulan dan dibayarkan melalui transfer bank."]
HOURS_ID = ["Jam kerja PMI paling lama 10 (sepuluh) jam sehari dengan waktu istirahat sekurang-kurangnya 8 (delapan) jam berturut-turut.",
            "PMI bekerja mulai pukul 06.00 sampai pukul 18.00 dengan waktu istirahat dua jam."]
REST_ID = ["PMI berhak atas 1 (satu) hari libur penuh selama 24 jam setiap minggu.",
           "Setiap hari Minggu adalah hari libur mingguan PMI."]
REPAT_ID = ["Majikan menanggung tiket pesawat kepulangan PMI ke {ocity} pada akhir perjanjian atau bila perjanjian berakhir lebih awal."]
COMPL_ID = ["PMI dapat menyampaikan pengaduan kepada Agensi, kepada {hot} atau kepada {cons}.",
            "Apabila terjadi perselisihan, PMI dapat meminta bantuan {cons} atau {hot}."]

DECOY = {"wage": "The salary of the {W} follows the grade scale of the {E} and will be confirmed in writing after arrival.",
         "rest": "The {W} has at least eight consecutive hours of rest each night.",
         "repat": "The {E} provides the outward economy-class air ticket to {city}.",
         "hours": None, "complaint": None}

ORDINARY = {
    "job": "The {W} is engaged as {job} {place} and shall perform the duties usual to that position.",
    "term": "This contract runs for {years} years from the date of arrival of the {W} in {country}.",
    "food": "Suitable accommodation with adequate privacy, and three meals a day or a food allowance, are provided free of charge.",
    "medical": "The {E} provides free medical care and maintains insurance covering work injury and hospitalisation.",
    "leave": "After each twelve months of service the {W} is entitled to fourteen days of paid annual leave.",
    "termination": "Either party may end this contract for serious breach by the other, in accordance with the law of {country}.",
    "general": "This contract is governed by the law of {country}. Amendments are valid only in writing and signed by both parties.",
    "docs": "The {E} arranges and pays for the work permit and its renewals.",
    "costs": "Recruitment costs are dealt with as set out in this clause and in the cost schedule, if any.",
}
EXTRA = [("term", "The first three months are a probationary period during which either party may end the contract on seven days' notice."),
         ("job", "The {W} receives two sets of work clothing each year, free of charge."),
         ("job", "Duties other than those described in this clause may be assigned only with the agreement of the {W}."),
         ("conduct", "The {W} shall treat information about the business and the family of the {E} as confidential."),
         ("conduct", "The {W} shall observe the safety instructions given at the workplace."),
         ("medical", "Sick leave on full pay is granted for up to fourteen days a year on production of a medical certificate."),
         ("food", "Where meals are not provided, a food allowance is paid together with the monthly salary."),
         ("general", "Each party receives a signed copy of this contract in a language the {W} understands."),
         ("general", "Matters not covered by this contract are governed by the labour law of {country}."),
         ("docs", "Copies of the contract and the work permit are also kept by the {A}.")]
HOUSE = ["Keep your room clean and tidy.", "Smoking is allowed only in the marked area.",
         "Report any illness to the supervisor the same day.", "Lights out in shared rooms at 11.00 p.m. on working days.",
         "Ask before using the washing machine for personal laundry.", "Cooking is permitted only in the common kitchen.",
         "Respect the privacy of the other residents."]
HOUSE_ID = ["Jaga kebersihan kamar.", "Gunakan air dan listrik secukupnya.", "Beritahu Majikan bila sakit."]
DECL = ["I have received a copy of this contract in a language I understand.",
        "The terms were explained to me before I signed and I had time to ask questions.",
        "I am at least twenty-one years of age."]
COSTROWS = ["Work visa and residence permit | at cost | Employer | -",
            "Outward air ticket | at cost | Employer | -",
            "Pre-departure orientation | free | - | -",
            "Medical examination | at cost | Employer | -"]

SECTIONS = [  # key, heading, arabic/malay/chinese gloss
    ("parties", "PARTIES"), ("defs", "DEFINITIONS"), ("job", "POSITION AND PLACE OF WORK"),
    ("term", "DURATION"), ("wage", "REMUNERATION"), ("hours", "HOURS OF WORK"),
    ("rest", "WEEKLY REST AND LEAVE"), ("food", "BOARD AND LODGING"), ("medical", "MEDICAL CARE"),
    ("costs", "RECRUITMENT COSTS"), ("docs", "PERSONAL DOCUMENTS"), ("conduct", "CONDUCT"),
    ("termination", "TERMINATION"), ("repat", "RETURN TRAVEL"), ("complaint", "COMPLAINTS AND DISPUTES"),
    ("general", "GENERAL PROVISIONS")]
GLOSS = {"ar": {"PARTIES": "الأطراف", "REMUNERATION": "الأجر", "HOURS OF WORK": "ساعات العمل",
                "WEEKLY REST AND LEAVE": "الراحة الأسبوعية", "RETURN TRAVEL": "تذكرة العودة",
                "TERMINATION": "إنهاء العقد", "COMPLAINTS AND DISPUTES": "الشكاوى"},
         "ms": {"PARTIES": "PIHAK-PIHAK", "REMUNERATION": "GAJI", "HOURS OF WORK": "WAKTU BEKERJA",
                "WEEKLY REST AND LEAVE": "HARI REHAT", "RETURN TRAVEL": "TIKET PULANG",
                "TERMINATION": "PENAMATAN", "COMPLAINTS AND DISPUTES": "ADUAN"},
         "zh": {"PARTIES": "雙方", "REMUNERATION": "工資", "HOURS OF WORK": "工作時間",
                "WEEKLY REST AND LEAVE": "休息日", "RETURN TRAVEL": "回程機票",
                "TERMINATION": "終止合約", "COMPLAINTS AND DISPUTES": "申訴"}}
PASAL = [("parties", "PARA PIHAK"), ("job", "JABATAN DAN TEMPAT KERJA"), ("term", "JANGKA WAKTU"),
         ("wage", "GAJI"), ("hours", "JAM KERJA"), ("rest", "HARI LIBUR"), ("food", "AKOMODASI DAN MAKAN"), ("medical", "KESEHATAN DAN ASURANSI"),
         ("costs", "BIAYA PENEMPATAN"), ("docs", "DOKUMEN"), ("conduct", "TATA TERTIB"),
         ("termination", "PENGAKHIRAN PERJANJIAN"), ("repat", "PEMULANGAN"),
         ("complaint", "PENGADUAN DAN PERSELISIHAN"), ("general", "LAIN-LAIN")]
ORD_ID = {"job": "PMI dipekerjakan sebagai {job} di rumah Majikan di {city}.",
          "term": "Perjanjian ini berlaku selama {years} tahun sejak PMI tiba di negara penempatan.",
          "food": "Majikan menyediakan kamar yang layak dan makan tiga kali sehari secara cuma-cuma.",
          "medical": "Majikan menanggung biaya pengobatan PMI dan mengikutsertakan PMI dalam asuransi.",
          "costs": "Biaya penempatan diatur sesuai peraturan perundang-undangan.",
          "docs": "Majikan mengurus dan membiayai perpanjangan izin kerja PMI.",
          "termination": "Masing-masing pihak dapat mengakhiri perjanjian ini sesuai hukum yang berlaku.",
          "general": "Perubahan perjanjian ini hanya sah bila dibuat tertulis dan ditandatangani kedua belah pihak."}
SECTION_OF = {"CTR-001": "docs", "CTR-002": "costs", "CTR-003": "termination", "CTR-004": "rest",
              "CTR-005": "medical", "CTR-006": "conduct", "CTR-007": "wage", "CTR-008": "termination",
              "CTR-009": "complaint"}


def fmt_money(n, style, lang="en"):
    if lang == "id":
        s = "{:,}".format(n).replace(",", ".")
    else:
        s = "{:,}".format(n)
        if style.startswith(("KWD", "KD", "OMR", "RO", "BHD", "BD")) and n < 1000:
            s = "%d.000" % n
    return style.format(n=s)


def htitle(h):
    small = {"and", "of", "the", "to"}
    w = h.lower().split()
    return " ".join(x if (i and x in small) else x.capitalize() for i, x in enumerate(w))


def wrap(text, width, first="", rest="", hyph=False):
    words = text.split(" ")
    lines, cur = [], first
    curlen = vlen(first)
    start = True
    for w in words:
        if not w:
            continue
        need = vlen(w) + (0 if start else 1)
        if curlen + need <= width:
            cur += ("" if start else " ") + w
            curlen += need
            start = False
            continue
        if hyph and not start and vlen(w) >= 9 and w.isalpha():
            room = width - curlen - 2
            if room >= 4 and len(w) - room >= 4:
                cur += " " + w[:room] + "-"
                lines.append(cur)
                cur, curlen, start = rest + w[room:], vlen(rest) + len(w) - room, False
                continue
        if start:
            cur += w
            curlen += vlen(w)
            start = False
            continue
        lines.append(cur)
        cur, curlen, start = rest + w, vlen(rest) + vlen(w), False
    lines.append(cur)
    return lines


class Ctx:
    pass


def fill(s, c):
    d = {"W": c.W, "E": c.E, "A": c.A, "she": c.she, "her": c.her, "him": "her" if c.female else "him",
         "wage": c.wage_s, "fee": c.fee, "dep": c.dep, "sav": c.sav, "ded": c.dep,
         "country": c.country, "ocountry": c.ocountry, "ocity": c.ocity, "city": c.city,
         "hot": c.hot, "cons": c.cons, "job": c.job, "place": c.place, "years": c.years}
    out = s.format(**d)
    return out


def cap1(s):
    for i, ch in enumerate(s):
        if is_mk(ch):
            continue
        return s[:i] + ch.upper() + s[i + 1:]
    return s


def plan(rng):
    """Roles for 60 contracts."""
    roles = []
    roles += [("ctr010", "en", m) for m in (["hours"], ["wage"], ["rest"], ["repat"], ["complaint"],
                                              ["rest", "complaint"], ["wage", "repat"])]
    roles += [("ctr010", "id", ["complaint"])]
    roles += [("pair", "en", "wage"), ("pair", "en", "hours"), ("pair", "en", "rest-fewer"),
              ("pair", "id", "wage"), ("pair", "en", "identical"), ("pair", "en", "wage-better")]
    roles += [("clean", "en", None)] * 5 + [("clean", "id", None)]
    sizes_en = [1] * 14 + [2] * 13 + [3] * 7      # 34 contracts, 61 clauses
    sizes_id = [1, 1, 2, 2, 3, 2]                  # 6 contracts, 11 clauses
    pool = [r for r in RULES for _ in range(8)]
    rng.shuffle(pool)
    # deal id first
    abuse = []
    for lang, sizes in (("id", sizes_id), ("en", sizes_en)):
        for k in sizes:
            pick = []
            for r in list(pool):
                if r not in pick and len(pick) < k:
                    pick.append(r)
            for r in pick:
                pool.remove(r)
            abuse.append(("abuse", lang, pick))
    assert not pool, pool
    roles += abuse
    rng.shuffle(roles)
    return roles


SECTOR_USED = {}
DEST_USED = {}


def choose_setting(rng, role, lang, types):
    types = types if isinstance(types, list) and role == "abuse" else []
    fem_needed = "CTR-005" in types or "CTR-006" in types
    for _try in range(2000):
        if lang == "id":
            dest = rng.choice(["HK", "TW", "MY", "SG", "SA"])
            sector = {"HK": "domestic", "TW": "care", "MY": rng.choice(["domestic", "plantation"]),
                      "SG": "domestic", "SA": "domestic"}[dest]
            origin = "ID"
        else:
            secs = sorted(set(x for d in DEST.values() for x in d[4]))
            if fem_needed:
                secs = [x for x in secs if x not in MALE_SECTORS]
            m = min(SECTOR_USED.get(x, 0) for x in secs)
            sector = rng.choice([x for x in secs if SECTOR_USED.get(x, 0) == m])
            dests = [d for d in sorted(DEST) if sector in DEST[d][4] and not (fem_needed and d == "SG")]
            md = min(DEST_USED.get(d, 0) for d in dests)
            dest = rng.choice([d for d in dests if DEST_USED.get(d, 0) == md])
            origin = rng.choice(ORIGIN_FOR[dest])
        if sector in MALE_SECTORS:
            female = False
        elif sector in FEMALE_SECTORS:
            female = True
        else:
            female = rng.random() < 0.5
        if origin == "ET":
            female = True
            if sector in MALE_SECTORS:
                continue
        if origin != "ID" and not ORIG[origin][5 if not female else 4]:
            continue
        if fem_needed and (not female or dest == "SG"):
            continue
        SECTOR_USED[sector] = SECTOR_USED.get(sector, 0) + (1 if sector != "domestic" else 0.4)
        DEST_USED[dest] = DEST_USED.get(dest, 0) + 1
        return dest, sector, origin, female
    raise RuntimeError("no setting found")


def build(rng, cid, role, lang, detail, used):
    c = Ctx()
    c.cid = cid
    dest, sector, origin, female = choose_setting(rng, role, lang, detail)
    c.dest, c.sector, c.origin, c.female = dest, sector, origin, female
    D = DEST[dest]
    c.country, c.city, c.iso = D[0], D[1], D[2]
    wage = D[4][sector]
    if lang == "id":
        wage = {"HK": 5100, "TW": 20000, "MY": 1800, "SG": 750, "SA": 1500}[dest]
        c.wage_style = ID_DEST[dest][0]
    else:
        c.wage_style = rng.choice(D[3])
    if dest in ("KW", "JO", "BH", "OM", "LB"):
        wage += rng.choice([0, 10, 20])
    elif dest in ("HK", "SG", "MY", "SA", "AE", "QA"):
        wage += rng.choice([0, 50, 100])
    c.wage = wage
    c.wage_s = fmt_money(wage, c.wage_style, lang)
    c.she, c.her = ("she", "her") if female else ("he", "his")
    if lang == "id":
        c.W, c.E, c.A = "PMI", "Majikan", "Agensi"
        c.name = rng.choice(ID_NAMES)
        c.ocountry, c.ocity = "Indonesia", rng.choice(["Jakarta", "Surabaya", "Semarang"])
        c.hot, c.cons = ID_DEST[dest][1], ID_DEST[dest][2]
        c.fee = "Rp " + rng.choice(["18.500.000", "21.000.000", "16.750.000"])
        c.agency = rng.choice(AGENCIES_ID)
    else:
        o = ORIG[origin]
        c.W = rng.choice(WTERM[sector])
        c.E = rng.choice(ETERM[sector])
        c.A = rng.choice(ATERM)
        if c.W == "Second Party":
            c.E = "First Party"
        if c.E == "First Party" and c.W != "Second Party":
            c.E = "Employer"
        c.name = rng.choice(o[4] if female else o[5])
        c.ocountry, c.ocity, c.cons, c.fee = o[0], o[1], o[2], o[3]
        c.hot = D[5]
        c.agency = rng.choice(AGENCIES)
    c.dep = fmt_money(wage * 2 if c.iso not in ("KWD", "OMR", "BHD", "JOD") else wage, c.wage_style, lang)
    c.sav = fmt_money(int(round(wage * 0.3 / 10.0)) * 10, c.wage_style, lang)
    c.job = rng.choice(JOBS[sector]) if lang == "en" else {"domestic": "penata laksana rumah tangga",
                                                           "care": "perawat lansia",
                                                           "plantation": "pekerja ladang"}[sector]
    sur = rng.choice(SURNAMES[dest])
    if sector in ("domestic", "care"):
        c.employer = rng.choice(EMPLOYERS[sector]).format(sur=sur)
        c.place = "at the residence of the %s in %s" % (c.E, c.city)
    else:
        region = {"SG": "Pte.", "MY": ("Sdn.", "Berhad"), "TW": "Co., Ltd."}.get(dest)
        names = EMPLOYERS[sector]
        if region:
            fit = [e for e in names if any(x in e for x in ((region,) if isinstance(region, str) else region))]
        else:
            fit = [e for e in names if not any(x in e for x in ("Pte.", "Sdn.", "Berhad", "Co., Ltd."))]
        c.employer = rng.choice(fit or names)
        c.place = "at the premises and sites of the %s in and around %s" % (c.E, c.city)
        if sector == "fishing":
            c.place = "on board the fishing vessels of the %s, home port Kaohsiung" % c.E
        elif sector == "plantation":
            c.place = "at the estates of the %s in the State of %s" % (c.E, rng.choice(["Johor", "Pahang", "Perak"]))
    c.years = rng.choice(["two", "three"]) if lang == "en" else "2 (dua)"
    return c


def pick_variant(rng, lst, used, key, ok):
    cands = [(i, v) for i, v in enumerate(lst) if ok(v)]
    if not cands:
        return None
    m = min(used.get((key, i), 0) for i, v in cands)
    cands = [(i, v) for i, v in cands if used.get((key, i), 0) == m]
    i, v = rng.choice(cands)
    used[(key, i)] = used.get((key, i), 0) + 1
    return v


def variant_ok(c, v, forms):
    form, tag, text = v
    if form not in forms:
        return False
    hh = c.sector in ("domestic", "care")
    if tag == "hh" and not hh:
        return False
    if tag == "site" and hh:
        return False
    s = text if isinstance(text, str) else " ".join(text)
    if not c.female and ("boyfriend" in s or "Madam" in s):
        return False
    return True


LK_USED = {}


def compose(rng, c, role, lang, detail, used, mk_counter, pair_origin=None):
    """Return list of (kind, payload) blocks and label info."""
    style = rng.choice(["inline", "dot", "gulf", "flat", "clause", "offer", "model"]) if lang == "en" else \
        rng.choice(["pasal", "pasal_inline"])
    if c.dest in ("SA", "AE", "QA", "KW", "BH", "OM") and lang == "en" and rng.random() < 0.3:
        style = "gulf"
    c.style = style
    c.gloss = None
    if lang == "en" and style in ("gulf", "dot", "inline") and rng.random() < 0.5:
        c.gloss = {"MY": "ms", "HK": "zh", "TW": "zh"}.get(c.dest, "ar" if c.dest not in ("SG",) else None)
    forms_ok = {"p", "h", "d", "r", "f"}
    c.defs_on = lang == "en" and style in ("dot", "clause", "model", "inline") and rng.random() < 0.45
    if not c.defs_on:
        forms_ok.discard("f")
    if rng.random() < 0.25:
        forms_ok = {"p"}
    c.caps_all = False
    c.typo = lang == "en" and rng.random() < 0.22
    c.hyph = rng.random() < 0.15
    c.width = rng.choice([68, 72, 76, 80])
    sec = {k: [] for k, _ in SECTIONS}
    extra = {"house": [], "decl": [], "rows": [], "defs": [], "addendum": []}
    labels = []      # (marker, rule)
    looks = []
    missing = detail if role == "ctr010" else []
    c.missing = missing
    W = (WAGE, HOURS, REST, REPAT, COMPL) if lang == "en" else (WAGE_ID, HOURS_ID, REST_ID, REPAT_ID, COMPL_ID)
    for key, lst in zip(("wage", "hours", "rest", "repat", "complaint"), W):
        if key in missing:
            if lang == "en" and DECOY[key]:
                sec[{"wage": "job"}.get(key, key)].append(fill(DECOY[key], c))
            continue
        t = fill(rng.choice(lst), c)
        sec[key].append(t)
    if lang == "en":
        for k, t in rng.sample(EXTRA, rng.randint(3, 5)):
            if missing and ("salary" in t or " pay" in t):
                continue
            sec[k].append(fill(t, c))
    ordd = ORDINARY if lang == "en" else ORD_ID
    for k, t in ordd.items():
        if k == "leave":
            sec["rest"].append(fill(t, c))
        else:
            sec[k].insert(0, fill(t, c))
    if lang == "en" and not (role == "ctr010" and "hours" in missing):
        pass
    # abusive clauses
    abuse_types = detail if role == "abuse" else []
    for r in abuse_types:
        lst = ABUSE[r] if lang == "en" else ABUSE_ID[r]
        v = None
        if c.defs_on and "f" in forms_ok and rng.random() < 0.6:
            v = pick_variant(rng, lst, used, ("A", lang, r), lambda v: variant_ok(c, v, {"f"}))
        if v is None:
            v = pick_variant(rng, lst, used, ("A", lang, r), lambda v: variant_ok(c, v, forms_ok | ({"h"} if lang == "id" else set())))
        if v is None:
            v = pick_variant(rng, lst, used, ("A", lang, r), lambda v: variant_ok(c, v, {"p"}))
        mk = chr(MK0 + mk_counter[0])
        mk_counter[0] += 1
        labels.append((mk, r))
        place_clause(rng, c, v, mk, r, sec, extra, caps=(lang == "en" and rng.random() < 0.12))
    # look-alikes
    nlook = {"abuse": 2, "clean": 6, "ctr010": 3, "pair": 3}[role]
    if role == "abuse" and c.female and c.dest != "SG":
        nlook = 3
    allowed = [r for r in RULES if r not in abuse_types]
    if role == "ctr010":
        allowed = ["CTR-001", "CTR-005", "CTR-006"] if c.female and c.dest != "SG" else ["CTR-001", "CTR-002"]
        if "wage" in missing or "repat" in missing:
            allowed = [a for a in allowed if a != "CTR-002"] or ["CTR-001"]
    if not c.female or c.dest == "SG":
        allowed = [a for a in allowed if a not in ("CTR-005", "CTR-006")]
    rng.shuffle(allowed)
    allowed.sort(key=lambda r: LK_USED.get(r, 0))
    allowed = sorted(allowed[:nlook])
    for r in allowed:
        LK_USED[r] = LK_USED.get(r, 0) + 1
    for r in allowed:
        lst = LOOK[r] if lang == "en" else LOOK_ID[r]
        fo = forms_ok | {"p"}
        if role == "ctr010":
            fo = {"p"}
        v = pick_variant(rng, lst, used, ("L", lang, r), lambda v: variant_ok(c, v, fo))
        if v is None:
            continue
        looks.append(r)
        place_clause(rng, c, v, "", r, sec, extra, caps=False)
    return style, sec, extra, labels, looks


def place_clause(rng, c, v, mk, rule, sec, extra, caps):
    form, tag, text = v
    if form == "f":
        term, body = text
        for a, b in (("the Worker", "the " + c.W), ("the Employer", "the " + c.E), ("the Agency", "the " + c.A)):
            body = body.replace(a, b)
        extra["defs"].append((term, mk, body))
        return
    if form == "r":
        extra["rows"].append(mk + fill(text, c))
        return
    if form == "h":
        extra["house"].append(mk + fill(text, c))
        return
    if form == "d":
        extra["decl"].append(mk + fill(text, c))
        return
    t = fill(text, c)
    if "@" in t:
        t = t.replace("@", mk)
    else:
        t = mk + t
    t = cap1(t)
    if caps:
        t = t.upper()
    where = SECTION_OF[rule]
    if c.style == "model" and mk and rng.random() < 0.7:
        extra["addendum"].append(t)
        return
    if sec[where] and rng.random() < 0.4:
        # append to the last paragraph of the section
        sec[where][-1] = sec[where][-1] + " " + t
    else:
        sec[where].append(t)


def render(rng, c, role, lang, style, sec, extra, version_line=None):
    out = []
    wid = c.width
    P = lambda t, a="", b="": out.extend(wrap(t, wid, a, b, hyph=c.hyph and not any(is_mk(ch) for ch in t)))
    if lang == "id":
        out.append("PERJANJIAN KERJA PEKERJA MIGRAN INDONESIA")
        out.append("Nomor: PK/%s/%s/%03d" % (c.dest, c.agency.split()[1][:3].upper(), int(c.cid[2:])))
        if version_line:
            out.append(version_line)
        out.append("")
        P("Yang bertanda tangan di bawah ini:")
        P("1. %s, beralamat di %s, selanjutnya disebut MAJIKAN;" % (c.employer, c.city), "", "   ")
        P("2. %s, warga negara Indonesia, pemegang paspor yang masih berlaku, selanjutnya disebut PMI;" % c.name, "", "   ")
        P("dengan difasilitasi oleh %s, selanjutnya disebut AGENSI, sepakat mengikatkan diri dalam perjanjian kerja dengan ketentuan sebagai berikut:" % c.agency)
        out.append("")
        n = 0
        for key, head in PASAL:
            paras = sec.get(key, [])
            if key == "parties" or not paras:
                continue
            n += 1
            if style == "pasal":
                out.append("Pasal %d" % n)
                out.append(head)
                for i, p in enumerate(paras):
                    P(cap1(p), "(%d) " % (i + 1), "    ")
            else:
                out.append("PASAL %d - %s" % (n, head))
                for i, p in enumerate(paras):
                    P(cap1(p), "%s. " % "abcdefg"[i], "   ")
            out.append("")
        if extra["house"]:
            out.append("LAMPIRAN - TATA TERTIB RUMAH")
            items = list(HOUSE_ID) + extra["house"]
            rng.shuffle(items)
            for i, it in enumerate(items):
                P(cap1(it), "%d) " % (i + 1), "   ")
            out.append("")
        out.append("Ditandatangani di %s pada tanggal ____________ dalam dua rangkap." % (c.ocity if version_line is None or "sebelum" in version_line else c.city))
        out.append("")
        out.append("MAJIKAN ____________________        PMI ____________________")
        out.append("AGENSI  ____________________")
        return out
    # English
    title = {"offer": "TERMS OF DEPLOYMENT AND LETTER OF APPOINTMENT",
             "model": "STANDARD EMPLOYMENT CONTRACT FOR %s WORKERS" % ("DOMESTIC" if c.sector in ("domestic", "care") else "FOREIGN"),
             "gulf": "EMPLOYMENT CONTRACT"}.get(style, rng.choice(["EMPLOYMENT CONTRACT", "CONTRACT OF EMPLOYMENT", "OVERSEAS EMPLOYMENT AGREEMENT"]))
    if c.gloss == "ar" and style == "gulf":
        title += "  /  عقد عمل"
    out.append(title)
    c.ref = "%s-%s-%d" % (rng.choice(["EC", "OEC", "CT"]), c.dest, 100 + int(c.cid[2:]) * 7)
    out.append("Ref. " + c.ref)
    if version_line:
        out.append(version_line)
    out.append("")
    pov = rng.choice(["recitals", "quoted", "table", "letter"] if style == "offer" else ["recitals", "quoted", "table", "gulfhead"])
    if style == "offer":
        pov = "letter"
    c.pov = pov
    if pov == "recitals":
        out.append("BETWEEN")
        P("%s, of %s (the \"%s\");" % (c.employer, c.city, c.E))
        out.append("AND")
        P("%s, a national of %s (the \"%s\");" % (c.name, c.ocountry.replace("the ", ""), c.W))
        out.append("WITH THE PARTICIPATION OF")
        P("%s, licensed recruitment agency (the \"%s\")." % (c.agency, c.A))
        P("NOW IT IS AGREED as follows:")
    elif pov == "quoted":
        P("This contract is made between %s, hereinafter referred to as the \"%s\", and %s, hereinafter referred to as the \"%s\", through %s, hereinafter referred to as the \"%s\"." % (
            c.employer, c.E, c.name, c.W, c.agency, c.A))
    elif pov == "table":
        out.append("Party        | Name                                   | Referred to as")
        out.append("-------------+----------------------------------------+---------------")
        out.append("Employer     | %-38s | %s" % (c.employer[:38], c.E))
        out.append("Worker       | %-38s | %s" % (c.name, c.W))
        out.append("Agency       | %-38s | %s" % (c.agency[:38], c.A))
    elif pov == "gulfhead":
        out.append("First Party (%s): %s" % (c.E if c.E != "First Party" else rng.choice(["Sponsor", "Employer"]), c.employer))
        out.append("Second Party (%s): %s, nationality: %s" % (c.W if c.W != "Second Party" else "Worker", c.name, c.ocountry.replace("the ", "")))
        out.append("Recruitment office: %s" % c.agency)
    else:
        out.append("From: %s" % c.employer)
        out.append("To: %s" % c.name)
        out.append("Through: %s" % c.agency)
        out.append("")
        P("Dear %s," % c.name.split()[0])
        P("We are pleased to offer you employment on the terms below. In this letter you are called the %s, we are the %s and %s is the %s." % (c.W, c.E, c.agency, c.A))
    out.append("")
    if c.defs_on:
        out.append("DEFINITIONS" if style != "clause" else "Clause 1 - Definitions")
        defs = [("Contract Period", "", "means the period stated in the clause on duration."),
                ("Wages", "", "means the basic monthly salary excluding overtime and allowances.")] + extra["defs"]
        defs.sort(key=lambda d: d[0])
        for term, mk, body in defs:
            q = ("\u201c", "\u201d") if c.typo else ('"', '"')
            sep = ", " if body.startswith("which") else " "
            P("%s%s%s%s%s%s" % (mk, q[0], term, q[1], sep, body), "  ", "  ")
        out.append("")
    n = 1 if not (c.defs_on and style == "clause") else 2
    flatn = 1
    if style == "offer":
        out.append("KEY TERMS")
        kt = [("Position", c.job), ("Place of work", c.city)]
        for key, lab in (("wage", "Monthly salary"), ("hours", "Working hours"), ("rest", "Weekly rest"),
                         ("repat", "Return air ticket"), ("complaint", "Help line")):
            if sec[key] and key not in c.missing:
                kt.append((lab, sec[key][0]))
                sec[key] = sec[key][1:]
        for lab, t in kt:
            P(cap1(t), "%-20s" % (lab + ":"), " " * 20)
        out.append("")
        out.append("GENERAL CONDITIONS")
    for key, head in SECTIONS:
        if key in ("parties", "defs"):
            continue
        paras = sec[key]
        if not paras:
            continue
        h = head
        if key == "rest" and "rest" in getattr(c, "missing", []):
            h = head = "LEAVE"
        if key == "repat" and "repat" in getattr(c, "missing", []):
            h = head = "TRAVEL"
        if c.gloss and head in GLOSS[c.gloss]:
            h = head + " / " + GLOSS[c.gloss][head]
        if style == "inline":
            P("%d. %s. %s" % (n, h, cap1(paras[0])), "", "   ")
            for p in paras[1:]:
                P(cap1(p), "   ", "   ")
        elif style in ("dot", "model"):
            out.append("%d. %s" % (n, h))
            for i, p in enumerate(paras):
                P(cap1(p), "%d.%d " % (n, i + 1), "    ")
        elif style == "gulf":
            out.append("Article (%d): %s" % (n, htitle(h) if not c.gloss else h))
            for i, p in enumerate(paras):
                P(cap1(p), "%d- " % (i + 1), "   ")
        elif style == "clause":
            out.append("Clause %d - %s" % (n, htitle(head)))
            for i, p in enumerate(paras):
                P(cap1(p), "%d(%s) " % (n, "abcdefg"[i]), "     ")
        elif style in ("flat", "offer"):
            for p in paras:
                P(cap1(p), "%d. " % flatn, "    ")
                flatn += 1
        n += 1
        if style != "flat":
            out.append("")
    if style == "flat":
        out.append("")
    if extra["addendum"]:
        out.append("ADDENDUM TO THE STANDARD CONTRACT (additional terms agreed between the parties)")
        for i, p in enumerate(extra["addendum"]):
            P(p, "A%d. " % (i + 1), "    ")
        out.append("")
    if style == "offer":
        P("Please sign and return a copy of this letter to confirm your acceptance.")
        out.append("")
    out.append("Signed at %s on ______________" % (c.ocity if not version_line or "before" in version_line else c.city))
    out.append("")
    out.append("%s: ______________________    %s: ______________________" % (c.E, c.W))
    out.append("%s: ______________________" % c.A)
    out.append("")
    if extra["rows"]:
        out.append(rng.choice(["SCHEDULE 2 - RECRUITMENT COSTS AND WHO PAYS THEM",
                               "Annex 1: Statement of Costs and Deductions",
                               "PAYSLIP DEDUCTION SCHEDULE (attached to the contract)"]))
        rows = list(COSTROWS[:2]) + extra["rows"] + [COSTROWS[2]]
        out.append("%-42s | %-16s | %-8s | %s" % ("Item", "Amount", "Paid by", "How"))
        out.append("-" * 42 + "-+-" + "-" * 16 + "-+-" + "-" * 8 + "-+-" + "-" * 20)
        for r in rows:
            parts = [x.strip() for x in r.split("|")]
            mk = ""
            if parts[0] and is_mk(parts[0][0]):
                mk, parts[0] = parts[0][0], parts[0][1:]
            out.append(mk + "%-42s | %-16s | %-8s | %s" % tuple(parts))
        out.append("")
    if extra["house"]:
        out.append(rng.choice(["ANNEX A - HOUSE RULES", "EMPLOYER HANDBOOK (EXTRACT) - RULES OF ACCOMMODATION AND CONDUCT, INCORPORATED BY REFERENCE",
                               "SIDE LETTER - HOUSEHOLD ARRANGEMENTS" if c.sector in ("domestic", "care") else "SITE RULES"]))
        items = list(rng.sample(HOUSE, 4)) + extra["house"]
        rng.shuffle(items)
        bullets = rng.random() < 0.5
        for i, it in enumerate(items):
            P(cap1(it), "- " if bullets else "%d) " % (i + 1), "  " if bullets else "   ")
        out.append("")
    if extra["decl"]:
        out.append(rng.choice(["WORKER'S DECLARATION", "Acknowledgement by the Worker"]))
        P("I, %s, confirm that:" % c.name)
        items = list(DECL[:2]) + extra["decl"]
        rng.shuffle(items)
        for i, it in enumerate(items):
            P(cap1(it), "(%s) " % ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"][i], "      ")
        out.append("Signature of worker: ____________")
    return out


def finish(rng, c, lines, lang, footer_style, caps_all):
    if caps_all:
        lines = [l.upper() for l in lines]
    if c.typo:
        lines = [l.replace("'", "\u2019") for l in lines]
    # footers
    step = rng.randint(40, 48)
    res = []
    chunks = [lines[i:i + step] for i in range(0, len(lines), step)]
    total = len(chunks)
    for k, ch in enumerate(chunks):
        res.extend(ch)
        if footer_style and k < total - 1:
            res.append(footer_style.format(p=k + 1, t=total, ref=getattr(c, "ref", c.cid)))
    if footer_style:
        res.append(footer_style.format(p=total, t=total, ref=getattr(c, "ref", c.cid)))
    res = [l.rstrip() for l in res]
    while res and res[-1] == "":
        res.pop()
    return res


FOOTERS = ["Page {p} of {t}", "- {p} -", "{ref}    page {p}/{t}    initials ______ / ______",
           "Employment Contract {ref} | p. {p}", None]
FOOTERS_ID = ["Halaman {p} dari {t}", "Hal. {p}/{t}    Paraf: ______ / ______", None]


def extract(lines):
    labels = {}
    out = []
    for i, l in enumerate(lines):
        for ch in l:
            if is_mk(ch):
                labels[ch] = i + 1
        out.append("".join(ch for ch in l if not is_mk(ch)).rstrip())
    return out, labels


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(SEED)
    roles = plan(rng)
    tdir = os.path.join(outdir, "texts")
    os.makedirs(tdir, exist_ok=True)
    used = {}
    mkc = [0]
    lab_rows, con_rows, comp_rows = [], [], []
    en_abuse = [i for i, r in enumerate(roles) if r[0] == "abuse" and r[1] == "en"]
    caps_all_ids = set(rng.sample(en_abuse, 2))
    for idx, (role, lang, detail) in enumerate(roles):
        cid = "P-%03d" % (idx + 1)
        c = build(rng, cid, role, lang, detail, used)
        style, sec, extra, labels, looks = compose(rng, c, role, lang, detail, used, mkc)
        caps_all = idx in caps_all_ids and lang == "en" and role == "abuse"
        fstyle = rng.choice(FOOTERS if lang == "en" else FOOTERS_ID)
        files = []
        if role == "pair":
            vo = "(Version signed in %s before departure)" % c.ocity if lang == "en" else \
                "(Naskah yang ditandatangani di %s sebelum keberangkatan)" % c.ocity
            vd = "(Version signed in %s after arrival)" % c.city if lang == "en" else \
                "(Naskah yang ditandatangani di %s setelah kedatangan)" % c.city
            st = rng.getstate()
            org = render(rng, c, role, lang, style, {k: list(v) for k, v in sec.items()}, extra, vo)
            rng.setstate(st)
            sec2 = {k: list(v) for k, v in sec.items()}
            if detail in ("wage", "wage-better"):
                nw = int(c.wage * (0.85 if detail == "wage" else 1.1))
                nw = nw - nw % (100 if nw > 1000 else 10)
                ns = fmt_money(nw, c.wage_style, lang)
                sec2["wage"] = [p.replace(c.wage_s, ns) for p in sec2["wage"]]
            elif detail == "hours":
                sec2["hours"] = ["The %s works up to twelve hours a day, seventy-two hours a week, as the work requires." % c.W]
            elif detail == "rest-fewer":
                sec2["rest"] = ["The %s is entitled to two rest days in each calendar month, on dates fixed by the %s." % (c.W, c.E)] + sec2["rest"][1:]
            dst = render(rng, c, role, lang, style, sec2, extra, vd)
            fs_state = rng.getstate()
            files.append((cid + ".origin.txt", finish(rng, c, org, lang, fstyle, False)))
            rng.setstate(fs_state)
            files.append((cid + ".txt", finish(rng, c, dst, lang, fstyle, False)))
        else:
            lines = render(rng, c, role, lang, style, sec, extra)
            files.append((cid + ".txt", finish(rng, c, lines, lang, fstyle, caps_all)))
        nlines = 0
        for fn, lines in files:
            txt, labs = extract(lines)
            if fn.endswith(".origin.txt"):
                assert not labs
            else:
                nlines = len(txt)
                got = {mk: ln for mk, ln in labs.items()}
                assert len(got) == len(labels), (cid, len(got), len(labels))
                for mk, r in labels:
                    lab_rows.append((cid, lang, r, got[mk]))
            with open(os.path.join(tdir, fn), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(txt) + "\n")
        if role == "ctr010":
            lab_rows.append((cid, lang, "CTR-010", ""))
        if role == "pair" and detail in ("wage", "hours", "rest-fewer"):
            lab_rows.append((cid, lang, "CTR-011", ""))
        con_rows.append((cid, lang, str(c.wage), c.iso))
        if role == "abuse":
            det = " ".join(r for mk, r in sorted(labels, key=lambda x: lab_line(lab_rows, cid, x[1])))
        elif role == "ctr010":
            det = " ".join(detail)
        elif role == "pair":
            det = detail
        else:
            det = ""
        sched = "+".join(k for k, v in (("table", extra["rows"]), ("annex", extra["house"]),
                                         ("declaration", extra["decl"]), ("addendum", extra["addendum"])) if v) or "0"
        comp_rows.append((cid, lang, role, c.sector, c.dest, c.origin, det, " ".join(looks),
                          getattr(c, "pov", "indonesian"), style, "1" if caps_all else "0",
                          "1" if c.typo else "0", "1" if c.hyph else "0", sched,
                          "1" if c.defs_on else "0", c.gloss or "", str(nlines)))
    lab_rows.sort(key=lambda r: (r[0], r[2], r[3] if r[3] != "" else 0))
    with open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("contract,language,rule,line\n")
        for r in lab_rows:
            f.write("%s,%s,%s,%s\n" % r)
    with open(os.path.join(outdir, "contracts.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("contract,language,wage,currency\n")
        for r in con_rows:
            f.write(",".join(r) + "\n")
    with open(os.path.join(outdir, "composition.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("contract,language,role,sector,destination,origin,detail,lookalike_types,pov,numbering,"
                "caps_all,typographic,hyphenation,schedule,definitions,bilingual,lines\n")
        for r in comp_rows:
            f.write(",".join(r) + "\n")


def lab_line(rows, cid, rule):
    for r in rows:
        if r[0] == cid and r[2] == rule:
            return r[3]
    return 0


if __name__ == "__main__":
    main()
