#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set.py -- generator of the held-out contract batch 3 (G-001..G-090).

Written without opening rules/, fixtures/, engine/ or tests/contracts2/texts.
Clause variants are in variants.py and elements.py.  Contracts are assembled
with a fixed seed; every abusive sentence carries a marker while the text is
numbered, wrapped and hyphenated, and its label line is the line where the
marker ends up.  Labels come from the construction only.  Kept for
provenance: do not re-run to "fix" results (the batch is frozen).
"""
import csv, os, random, re, sys, textwrap
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from variants import ABUSE_EN, ABUSE_ID, LOOK_EN, LOOK_ID
from elements import MAND_EN, MAND_ID, MISSING_EN, MISSING_ID, JOB_EN, JOB_ID, ORD_EN, ORD_ID

rng = random.Random(31337)
RULES = ["CTR-%03d" % i for i in range(1, 10)]
ELEMS = ["wage", "hours", "rest", "repat", "complaint"]

# ------------------------------------------------------------------ numbers
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words_en(n):
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + words_en(n % 100))
    return words_en(n // 1000) + " thousand" + ("" if n % 1000 == 0 else (" and " if n % 1000 < 100 else " ") + words_en(n % 1000))
SATU = "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas".split()
def words_id(n):
    if n < 12: return SATU[n]
    if n < 20: return SATU[n - 10] + " belas"
    if n < 100: return SATU[n // 10] + " puluh" + ("" if n % 10 == 0 else " " + words_id(n % 10))
    if n < 1000:
        h = "seratus" if n // 100 == 1 else SATU[n // 100] + " ratus"
        return h + ("" if n % 100 == 0 else " " + words_id(n % 100))
    t = "seribu" if n // 1000 == 1 else words_id(n // 1000) + " ribu"
    return t + ("" if n % 1000 == 0 else " " + words_id(n % 1000))
def grp(n, sep): return "{:,}".format(n).replace(",", sep)

# ------------------------------------------------------------------ places
DEST = {
 "HK": dict(name="Hong Kong", id="Hong Kong", cur="HKD", fm=["HK${n}", "HKD {n}", "HK$ {n}"], cw="Hong Kong dollars", cwid="dolar Hong Kong",
            cities=["Kowloon Tong", "Sha Tin", "Tai Po", "Happy Valley", "Tsuen Wan"], labour="the Labour Department", hotline="the Labour Department hotline 2717 1771",
            wages={"domestic": [4990, 5100], "care": [5200]}, bil="zh", friday=False),
 "SG": dict(name="Singapore", id="Singapura", cur="SGD", fm=["S${n}", "SGD {n}"], cw="Singapore dollars", cwid="dolar Singapura",
            cities=["Bukit Timah", "Tampines", "Jurong West", "Woodlands"], labour="the Ministry of Manpower", hotline="the MOM helpline 6438 5122",
            wages={"domestic": [650, 700, 750], "care": [800], "construction": [1100], "factory": [1300]}, bil=None, friday=False),
 "MY": dict(name="Malaysia", id="Malaysia", cur="MYR", fm=["RM{n}", "MYR {n}", "RM {n}"], cw="ringgit", cwid="ringgit Malaysia",
            cities=["Shah Alam", "Penang", "Johor Bahru", "Klang", "Sandakan"], labour="the Labour Department (Jabatan Tenaga Kerja)", hotline="the complaint portal of the Ministry of Human Resources",
            wages={"domestic": [1700], "factory": [1700, 1800], "farm": [1700], "construction": [1800]}, bil="ms", friday=False),
 "TW": dict(name="Taiwan", id="Taiwan", cur="TWD", fm=["NT${n}", "TWD {n}"], cw="New Taiwan dollars", cwid="dolar Taiwan baru",
            cities=["Taichung", "Taoyuan", "Kaohsiung", "Changhua", "Tainan"], labour="the local Labour Affairs Bureau", hotline="the 1955 foreign worker hotline",
            wages={"care": [20000], "factory": [28590], "farm": [28590], "construction": [28590]}, bil="zh", friday=False),
 "SA": dict(name="the Kingdom of Saudi Arabia", id="Arab Saudi", cur="SAR", fm=["SAR {n}", "SR {n}"], cw="Saudi riyals", cwid="riyal Saudi",
            cities=["Riyadh", "Jeddah", "Dammam", "Khobar"], labour="the Labour Office of the Ministry of Human Resources and Social Development", hotline="the Ministry's hotline 19911",
            wages={"domestic": [1500, 1800], "care": [2000], "construction": [1400]}, bil="ar", friday=True),
 "AE": dict(name="the United Arab Emirates", id="Persatuan Emirat Arab", cur="AED", fm=["AED {n}", "Dhs {n}"], cw="UAE dirhams", cwid="dirham Uni Emirat Arab",
            cities=["Dubai", "Abu Dhabi", "Sharjah", "Al Ain"], labour="the Ministry of Human Resources and Emiratisation (MOHRE)", hotline="the MOHRE call centre 600590000",
            wages={"domestic": [1500], "construction": [1300], "care": [2200]}, bil="ar", friday=False),
 "QA": dict(name="Qatar", id="Qatar", cur="QAR", fm=["QAR {n}", "QR {n}"], cw="Qatari riyals", cwid="riyal Qatar",
            cities=["Doha", "Al Wakrah", "Al Rayyan"], labour="the Ministry of Labour", hotline="the Ministry of Labour complaints platform",
            wages={"domestic": [1400], "construction": [1800]}, bil="ar", friday=True),
 "KW": dict(name="Kuwait", id="Kuwait", cur="KWD", fm=["KWD {n}", "KD {n}"], cw="Kuwaiti dinars", cwid="dinar Kuwait",
            cities=["Kuwait City", "Hawalli", "Salmiya"], labour="the Public Authority for Manpower", hotline="the domestic labour department of the Public Authority for Manpower",
            wages={"domestic": [120, 110], "construction": [100]}, bil="ar", friday=True),
 "OM": dict(name="the Sultanate of Oman", id="Oman", cur="OMR", fm=["OMR {n}", "RO {n}"], cw="Omani rials", cwid="rial Oman",
            cities=["Muscat", "Sohar", "Salalah"], labour="the Ministry of Labour", hotline="the labour complaints office of the Ministry of Labour",
            wages={"domestic": [150], "construction": [140]}, bil="ar", friday=True),
 "BH": dict(name="the Kingdom of Bahrain", id="Bahrain", cur="BHD", fm=["BHD {n}", "BD {n}"], cw="Bahraini dinars", cwid="dinar Bahrain",
            cities=["Manama", "Riffa", "Muharraq"], labour="the Labour Market Regulatory Authority (LMRA)", hotline="the LMRA expatriate protection centre",
            wages={"domestic": [150], "construction": [160]}, bil="ar", friday=True),
 "JO": dict(name="the Hashemite Kingdom of Jordan", id="Yordania", cur="JOD", fm=["JOD {n}", "JD {n}"], cw="Jordanian dinars", cwid="dinar Yordania",
            cities=["Amman", "Irbid", "Zarqa"], labour="the Ministry of Labour", hotline="the Ministry of Labour complaints hotline",
            wages={"factory": [290, 300], "domestic": [300]}, bil="ar", friday=True),
 "LB": dict(name="Lebanon", id="Lebanon", cur="USD", fm=["USD {n}", "US${n}"], cw="US dollars", cwid="dolar Amerika Serikat",
            cities=["Beirut", "Jounieh", "Byblos"], labour="the Ministry of Labour", hotline="the complaints unit of the Ministry of Labour",
            wages={"domestic": [400, 450], "care": [500]}, bil="ar", friday=False),
}
ORIGIN = {
 "PH": dict(country="the Philippines", cities=["Manila", "Cebu", "Davao", "Iloilo", "Baguio"], embassy="the Migrant Workers Office at the Philippine Embassy", embHK="the Philippine Consulate General"),
 "LK": dict(country="Sri Lanka", cities=["Colombo", "Kandy", "Kurunegala"], embassy="the Embassy of Sri Lanka"),
 "NP": dict(country="Nepal", cities=["Kathmandu", "Pokhara", "Biratnagar"], embassy="the Embassy of Nepal"),
 "BD": dict(country="Bangladesh", cities=["Dhaka", "Chittagong", "Sylhet"], embassy="the Bangladesh Embassy"),
 "IN": dict(country="India", cities=["Kochi", "Chennai", "Lucknow"], embassy="the Indian Embassy"),
 "KE": dict(country="Kenya", cities=["Nairobi", "Mombasa"], embassy="the Kenyan Embassy"),
 "ET": dict(country="Ethiopia", cities=["Addis Ababa", "Bahir Dar"], embassy="the Ethiopian Consulate"),
}
ID_HOME = ["Indramayu", "Cilacap", "Malang", "Blitar", "Lampung Timur", "Ponorogo", "Banyuwangi", "Lombok Timur", "Cirebon", "Kendal"]
ID_EMB = {"HK": "KJRI Hong Kong", "SG": "KBRI Singapura", "MY": "KBRI Kuala Lumpur", "TW": "KDEI Taipei", "SA": "KJRI Jeddah",
          "AE": "KJRI Dubai", "QA": "KBRI Doha"}
ID_LAB = {"HK": "Labour Department Hong Kong", "SG": "Kementerian Tenaga Kerja Singapura (MOM)", "MY": "Jabatan Tenaga Kerja Malaysia",
          "TW": "Biro Urusan Ketenagakerjaan setempat", "SA": "Kantor Ketenagakerjaan Arab Saudi", "AE": "Kementerian Sumber Daya Manusia PEA (MOHRE)",
          "QA": "Kementerian Ketenagakerjaan Qatar"}
ID_HOT = {"TW": "layanan pengaduan 1955", "HK": "layanan pengaduan BP2MI", "SG": "layanan pengaduan BP2MI", "MY": "layanan pengaduan BP2MI",
          "SA": "layanan pengaduan BP2MI", "AE": "layanan pengaduan BP2MI", "QA": "layanan pengaduan BP2MI"}

WORKER_NAMES = {"PH": ["Maricel D. Santos", "Rowena Bautista", "Jocelyn Ramos", "Analyn Cruz", "Lorna Villanueva", "Mark Anthony Reyes", "Ronaldo Garcia", "Jerome Dizon"],
                "LK": ["Kumari Perera", "Nilmini Fernando", "Chandrika Silva"], "PH_": [], "NP": ["Ram Bahadur Thapa", "Bikash Gurung", "Sita Tamang"],
                "BD": ["Mohammad Rahim", "Abdul Karim", "Shahida Begum"], "IN": ["Suresh Kumar", "Joseph Varghese", "Anjali Nair"],
                "KE": ["Mercy Wanjiru", "Faith Achieng", "Daniel Otieno"], "ET": ["Tigist Alemu", "Meseret Bekele", "Dawit Tesfaye"], "LK_": [],
                "ID": ["Siti Aminah", "Sri Wahyuni", "Dewi Lestari", "Nur Hidayah", "Rina Susanti", "Agus Setiawan", "Budi Santoso", "Eko Prasetyo"]}
MALE = {"Mark Anthony Reyes", "Ronaldo Garcia", "Jerome Dizon", "Ram Bahadur Thapa", "Bikash Gurung", "Mohammad Rahim", "Abdul Karim",
        "Suresh Kumar", "Joseph Varghese", "Agus Setiawan", "Budi Santoso", "Eko Prasetyo", "Daniel Otieno", "Dawit Tesfaye"}
EMP_NAMES = {"HK": ["Chan Siu Ming", "Wong Mei Ling", "Lee Ka Wai"], "SG": ["Tan Boon Huat", "Lim Hui Min", "Kaur Harjit", "Sunrise Precision Pte Ltd", "Eastbuild Construction Pte Ltd"],
             "MY": ["Norazlina binti Ahmad", "Tan Chee Keong", "Perkasa Gloves Sdn Bhd", "Ladang Sri Timur Sdn Bhd", "Binaan Megah Sdn Bhd"],
             "TW": ["Lin Chun-hung", "Chen Shu-fen", "Formosa Circuit Co., Ltd.", "Da-An Farm Cooperative", "Hsinyi Engineering Co., Ltd.", "Chang Wen-li"],
             "SA": ["Abdullah Al-Qahtani", "Nora Al-Harbi", "Al-Bina Contracting Company"], "AE": ["Fatima Al Mansoori", "Khalid Al Nuaimi", "Gulf Towers Contracting LLC"],
             "QA": ["Hamad Al-Kuwari", "Al Sadd Building Contractors WLL"], "KW": ["Yousef Al-Mutairi", "Huda Al-Sabah", "Kuwait Steel Works Co."],
             "OM": ["Salim Al-Balushi", "Sohar Contracting LLC"], "BH": ["Maryam Al-Khalifa", "Manama Builders WLL"],
             "JO": ["Rania Haddad", "Al-Hassan Garments Co.", "Classic Apparel Jordan"], "LB": ["Nadine Khoury", "Georges Saad"], "_": []}
AGENCY_NAMES = ["Pacific Bridge Manpower", "Golden Hands Placement", "Bayanihan Overseas Recruitment", "Sunrise Global Staffing", "Al-Amal Recruitment Office",
                "Harbour Lights Employment Agency", "Evergreen Manpower Services", "Crescent Labour Supply", "PT Mitra Karya Sejahtera", "PT Bina Tenaga Mandiri",
                "PT Cahaya Abadi Penempatan", "Lotus Care Agency", "Southern Star Manpower", "Meridian Workforce Solutions"]

# ------------------------------------------------------------------ headings
HEAD = {  # key: (en, you, ar, zh, ms, id)
 "definitions": ("Definitions", "Words used here", "التعريفات", "釋義", "Tafsiran", "DEFINISI"),
 "terms": ("Main Terms", "The main points", "\u0627\u0644\u0634\u0631\u0648\u0637 \u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629", "\u4e3b\u8981\u689d\u6b3e", "Terma Utama", "KETENTUAN POKOK"),
 "job": ("Position and Duties", "Your job", "طبيعة العمل", "職務", "Pekerjaan", "JENIS PEKERJAAN"),
 "duration": ("Term", "How long the job lasts", "مدة العقد", "合約期限", "Tempoh", "JANGKA WAKTU"),
 "wage": ("Wages", "Your pay", "الأجر", "工資", "Gaji", "UPAH"),
 "hours": ("Hours of Work", "Your working hours", "ساعات العمل", "工作時間", "Waktu Bekerja", "JAM KERJA"),
 "rest": ("Rest Days", "Your day off", "الراحة الأسبوعية", "休息日", "Hari Rehat", "HARI LIBUR"),
 "leave": ("Annual Leave", "Holidays", "الإجازة السنوية", "年假", "Cuti Tahunan", "CUTI"),
 "lodging": ("Accommodation and Food", "Where you live and eat", "السكن والطعام", "膳宿", "Penginapan", "AKOMODASI DAN MAKAN"),
 "medical": ("Medical Care", "If you are ill", "الرعاية الطبية", "醫療", "Rawatan Perubatan", "KESEHATAN"),
 "documents": ("Personal Documents", "Your documents", "الوثائق الشخصية", "證件", "Dokumen", "DOKUMEN"),
 "costs": ("Recruitment Costs", "Costs", "تكاليف الاستقدام", "招聘費用", "Kos Pengambilan", "BIAYA PENEMPATAN"),
 "conduct": ("Conduct", "House rules", "السلوك", "行為守則", "Tatatertib", "TATA TERTIB"),
 "termination": ("Termination", "Ending the contract", "إنهاء العقد", "終止合約", "Penamatan", "PENGAKHIRAN PERJANJIAN"),
 "repat": ("Repatriation", "Going home", "العودة إلى الوطن", "回程", "Penghantaran Pulang", "PEMULANGAN"),
 "complaint": ("Grievances", "If you have a problem", "الشكاوى", "投訴", "Aduan", "PENGADUAN"),
 "law": ("Applicable Law", "The law", "القانون الواجب التطبيق", "適用法律", "Undang-undang", "HUKUM YANG BERLAKU"),
}
ORDER = ["definitions", "job", "duration", "terms", "wage", "hours", "rest", "leave", "lodging", "medical", "documents", "costs", "conduct", "termination", "repat", "complaint", "law"]
RULE_SECTION = {"CTR-001": ["documents"], "CTR-002": ["costs"], "CTR-003": ["termination", "costs"], "CTR-004": ["hours", "rest", "conduct"],
                "CTR-005": ["medical"], "CTR-006": ["conduct"], "CTR-007": ["wage"], "CTR-008": ["termination"], "CTR-009": ["complaint"], "CTR-011": ["law"]}
LEAD_EN = {"documents": "{E} shall apply for and renew the work permit of {wo} at its own cost.",
           "costs": "{A} arranged {wp} recruitment under its licence.",
           "conduct": "{W} shall perform {her} duties diligently and respect the customs of {dest}.",
           "termination": "This Contract ends on the expiry of its term unless renewed in writing.",
           "medical": "{W} shall be examined by a licensed clinic before the work permit is issued."}
LEAD_ID = {"documents": "{E} mengurus dan memperpanjang izin kerja {W} atas biayanya sendiri.",
           "conduct": "{W} wajib melaksanakan tugasnya dengan baik dan menghormati adat istiadat setempat.",
           "termination": "Perjanjian ini berakhir pada saat jangka waktunya habis, kecuali diperpanjang secara tertulis.",
           "costs": "Penempatan {W} dilaksanakan oleh {A} sesuai izin yang dimilikinya."}

# ------------------------------------------------------------------ contract plan
N = 90
ids = ["G-%03d" % i for i in range(1, N + 1)]
id_lang = set(rng.sample(ids, 20))
lang = {c: ("id" if c in id_lang else "en") for c in ids}
roles_en = ["abuse"] * 40 + ["clean"] * 15 + ["ctr010"] * 8 + ["pair"] * 7
roles_id = ["abuse"] * 12 + ["clean"] * 3 + ["ctr010"] * 2 + ["pair"] * 3
rng.shuffle(roles_en); rng.shuffle(roles_id)
role = {}
for c in ids:
    role[c] = (roles_id if lang[c] == "id" else roles_en).pop()

EN_DEST = ["HK", "HK", "SG", "MY", "MY", "TW", "TW", "SA", "AE", "QA", "KW", "OM", "BH", "JO", "JO", "LB", "LB"]
ID_DEST = ["HK", "SG", "MY", "TW", "SA", "AE", "QA"]
def pick_origin(dest, sector):
    if sector in ("domestic", "care"):
        if dest in ("LB", "JO", "KW", "SA", "OM") and rng.random() < 0.5:
            return rng.choice(["LK", "KE", "ET"])
        return "PH"
    if dest in ("SA", "AE", "QA", "KW", "OM", "BH", "MY", "SG"):
        return rng.choice(["NP", "BD", "IN", "PH"])
    return "PH"

PAIRS_EN = ["wage", "hours", "duration", "job", "identical", "hours_down", "leave_up"]
PAIRS_ID = ["rest", "identical", "reworded"]
pair_en = list(PAIRS_EN); pair_id = list(PAIRS_ID)
rng.shuffle(pair_en); rng.shuffle(pair_id)
MISS_EN = [["wage"], ["hours"], ["rest"], ["repat"], ["complaint"], ["wage", "complaint"], ["hours", "rest"], ["repat", "complaint"]]
MISS_ID = [["rest"], ["wage", "repat"]]
rng.shuffle(MISS_EN)

PAIR_SETUP = {  # change: (dest, sector)
 "wage": ("MY", "factory"), "hours": ("QA", "construction"), "duration": ("SA", "domestic"), "job": ("TW", "care"),
 "identical": ("AE", "domestic"), "hours_down": ("SG", "construction"), "leave_up": ("MY", "factory"),
 "rest": ("TW", "factory"), "id_identical": ("HK", "domestic"), "reworded": ("TW", "care"),
}

C = {}
for c in ids:
    d = dict(id=c, lang=lang[c], role=role[c])
    if d["role"] == "pair":
        ch = (pair_id if d["lang"] == "id" else pair_en).pop()
        d["change"] = ch
        dest, sector = PAIR_SETUP["id_identical" if (ch == "identical" and d["lang"] == "id") else ch]
    else:
        dest = rng.choice(ID_DEST if d["lang"] == "id" else EN_DEST)
        secs_ = list(DEST[dest]["wages"])
        secs_ += [x for x in secs_ if x in ("farm", "factory")]
        sector = rng.choice(secs_)
        if d["lang"] == "id" and sector == "construction":
            sector = "domestic" if "domestic" in DEST[dest]["wages"] else sector
    d["dest"], d["sector"] = dest, sector
    if sector in ("domestic", "care"): d["sex"] = "F"
    elif sector == "construction": d["sex"] = "M"
    else: d["sex"] = rng.choice("FM")
    d["origin"] = "ID" if d["lang"] == "id" else pick_origin(dest, sector)
    if d["role"] == "ctr010":
        d["missing"] = (MISS_ID if d["lang"] == "id" else MISS_EN).pop()
    C[c] = d

# abusive counts per contract: en 10x1, 16x2, 14x3 ; id 4x1, 4x2, 4x3
for lg, ks in (("en", [1] * 10 + [2] * 16 + [3] * 14), ("id", [1] * 4 + [2] * 4 + [3] * 4)):
    rng.shuffle(ks)
    for c in ids:
        if C[c]["lang"] == lg and C[c]["role"] == "abuse":
            C[c]["k"] = ks.pop()

def rule_ok(d, r):
    if r == "CTR-005":
        return d["sex"] == "F" and d["dest"] != "SG"
    if r == "CTR-006":
        return d["dest"] != "SG"
    return True

# target per rule: 12 each; id 3 for six rules, 2 for three rules
def assign(lg, target):
    rem = dict(target)
    cs = [c for c in ids if C[c]["lang"] == lg and C[c]["role"] == "abuse"]
    # constrained contracts first
    cs.sort(key=lambda c: (C[c]["sex"] == "F" and C[c]["dest"] != "SG", -C[c]["k"]))
    for c in cs:
        d = C[c]
        cand = [r for r in RULES if rule_ok(d, r) and rem[r] > 0]
        rng.shuffle(cand)
        cand.sort(key=lambda r: -rem[r])
        d["abuse"] = cand[:d["k"]]
        assert len(d["abuse"]) == d["k"], (c, cand, rem)
        for r in d["abuse"]: rem[r] -= 1
    assert all(v == 0 for v in rem.values()), rem
idr = RULES[:]; rng.shuffle(idr)
tid = {r: (3 if i < 6 else 2) for i, r in enumerate(idr)}
ten = {r: 12 - tid[r] for r in RULES}
assign("id", tid); assign("en", ten)

# ------------------------------------------------------------------ features
def feat(d):
    en = d["lang"] == "en"
    f = {}
    f["pov"] = "you" if (en and d["role"] != "pair" and rng.random() < 0.17) else "third"
    if en:
        f["num"] = rng.choice(["dot", "dot", "paren", "article", "clause", "roman", "section", "none"])
        f["head"] = "plain" if f["pov"] == "you" else rng.choice(["inline", "inline", "line", "sub"])
        if f["head"] == "plain": f["num"] = rng.choice(["none", "dot"])
        if f["head"] == "sub" and f["num"] in ("none", "roman"): f["num"] = "dot"
    else:
        f["num"] = rng.choice(["pasal", "pasal", "dot"])
        f["head"] = "pasal" if f["num"] == "pasal" else rng.choice(["inline", "line"])
    f["blank"] = rng.random() < 0.6
    f["indent"] = rng.choice([0, 0, 3, 4])
    f["width"] = rng.randint(62, 92)
    f["caps"] = False
    f["upper_head"] = rng.random() < 0.5
    f["typo"] = rng.random() < 0.18
    f["defs"] = en and f["pov"] == "third" and rng.random() < 0.22
    f["schedule"] = rng.random() < 0.2
    f["bullets"] = (not f["schedule"]) and rng.random() < 0.18
    f["footnote"] = en and rng.random() < 0.08
    f["hyphen"] = rng.random() < 0.12
    f["semi"] = en and rng.random() < 0.35
    f["bil"] = DEST[d["dest"]]["bil"] if (en and f["pov"] == "third" and rng.random() < 0.3) else (("en" if rng.random() < 0.3 else None) if not en else None)
    return f
for c in ids:
    C[c]["f"] = feat(C[c])
for c in [c for c in ids if C[c]["lang"] == "en" and C[c]["f"]["pov"] == "third" and C[c]["role"] != "pair"][3:40:15]:
    C[c]["f"]["caps"] = True

# ------------------------------------------------------------------ terms / tokens
def terms(d):
    en = d["lang"] == "en"
    ind = d["sector"] in ("construction", "factory", "farm")
    if en:
        if d["sector"] == "care": w = rng.choice(["the Caregiver", "the Worker", "the Employee"])
        elif d["sector"] == "domestic": w = rng.choice(["the Worker", "the Helper", "the Domestic Worker", "the Employee"])
        else: w = rng.choice(["the Worker", "the Employee"])
        if ind: e = rng.choice(["the Company", "the Employer"])
        elif d["dest"] in ("SA", "QA", "KW", "OM", "BH", "AE", "JO", "LB"): e = rng.choice(["the Employer", "the Sponsor"])
        else: e = "the Employer"
        a = rng.choice(["the Agency", "the Recruitment Agency", "the Placement Agency", "the Licensed Agent"] + (["the Broker"] if d["dest"] == "TW" else []))
    else:
        w = rng.choice(["Pekerja", "PMI", "Pihak Kedua"])
        e = rng.choice(["Pemberi Kerja", "Pengguna", "Majikan", "Pihak Pertama"]) if not ind else rng.choice(["Pemberi Kerja", "Perusahaan"])
        a = rng.choice(["P3MI", "Agensi", "Perusahaan Penempatan"])
    return w, e, a

def fmt_money(d, n, which=None):
    D = DEST[d["dest"]]
    if d["lang"] == "id":
        sym = {"HKD": "HK$ ", "SGD": "SGD ", "MYR": "RM ", "TWD": "NT$ ", "SAR": "SAR ", "AED": "AED ", "QAR": "QAR "}[D["cur"]]
        return sym + grp(n, ".")
    f = D["fm"][which if which is not None else d["fmi"]]
    return f.format(n=grp(n, ","))

def make_vals(d):
    en = d["lang"] == "en"
    D = DEST[d["dest"]]
    w, e, a = d["terms"]
    you = d["f"]["pov"] == "you"
    f = d["sex"] == "F"
    v = {}
    if you:
        v.update(w="you", wp="your", wo="you", she="you", her="your", herO="you", self="yourself", e="your employer", ep="your employer's", a="the agency")
    else:
        if en:
            v.update(w=w, wp=w + "'s", wo=w, she="she" if f else "he", her="her" if f else "his", herO="her" if f else "him", self="herself" if f else "himself", e=e, ep=e + "'s", a=a)
        else:
            v.update(w=w, wp=w, wo=w, e=e, a=a)
    v["dest"] = D["name"] if en else D["id"]
    v["city"] = d["city"]
    v["home"] = d["home"]
    v["wage"] = fmt_money(d, d["wage"])
    v["wagew"] = (words_en(d["wage"]) + " " + D["cw"]) if en else (words_id(d["wage"]) + " " + D["cwid"])
    v["fee"] = fmt_money(d, d["fee"]); v["dep"] = fmt_money(d, d["dep"])
    if en:
        o = ORIGIN[d["origin"]]
        v["labour"] = D["labour"] + " of " + D["name"].replace("the ", "") if d["dest"] in ("HK",) else D["labour"]
        v["embassy"] = o.get("embHK") if (d["dest"] == "HK" and "embHK" in o) else o["embassy"]
        v["hotline"] = D["hotline"]
    else:
        v["labour"] = ID_LAB[d["dest"]]; v["embassy"] = ID_EMB[d["dest"]]; v["hotline"] = ID_HOT[d["dest"]]
    v["partner"] = "boyfriend" if f else "girlfriend"
    v["h"] = str(d["h"]); v["hw"] = words_en(d["h"]) if en else words_id(d["h"])
    v["hweek"] = str(d["h"] * (6 if d["rd"] == 1 else 5))
    v["start"] = d["start"]; v["end"] = "%02d:00" % (int(d["start"][:2]) + d["h"] + 1)
    if not en: v["start"] = v["start"].replace(":", "."); v["end"] = v["end"].replace(":", ".")
    v["day"] = d["day"]; v["dayid"] = {"Sunday": "Minggu", "Friday": "Jumat"}[d["day"]]
    v["rd"] = str(d["rd"]); v["rdid"] = words_id(d["rd"]); v["rdw"] = words_en(d["rd"])
    v["restdays"] = "hari Sabtu dan Minggu" if d["rd"] == 2 else "hari Minggu"
    v["years"] = ("%s (%d) years" % (words_en(d["years"]), d["years"])) if en else ("%d (%s) tahun" % (d["years"], words_id(d["years"])))
    v["leave"] = str(d["leave"])
    v["originstate"] = ORIGIN[d["origin"]]["country"] if en else "Indonesia"
    return v

TOK = re.compile(r"\{([A-Za-z]+)\}")
def fill(text, v):
    caps = re.sub(r"\{[A-Za-z]+\}", "", text)
    caps = any(ch.isalpha() for ch in caps) and caps.upper() == caps
    def rep(m):
        k = m.group(1)
        if k in v: return v[k]
        k2 = k[0].lower() + k[1:]
        if k2 in v: s = v[k2]; return s[:1].upper() + s[1:]
        if k.lower() in v: return v[k.lower()].upper()
        raise KeyError(k)
    out = TOK.sub(rep, text)
    if v.get("w") == "you":
        out = re.sub(r"\b([Yy]ou) is\b", r"\1 are", out)
        out = re.sub(r"\b([Yy]ou) has\b", r"\1 have", out)
        out = re.sub(r"\b([Yy]ou) (understand|receive|agree|hold|keep|need|wish|control|leave|volunteer)s\b", r"\1 \2", out)
    return out.upper() if caps else out

# ------------------------------------------------------------------ variant pools
pools = {}
def pool(key, lst):
    if key not in pools:
        l = list(lst); rng.shuffle(l); pools[key] = l
    return pools[key]
def eligible(d, flags, allow_item):
    fl = flags.split()
    you = d["f"]["pov"] == "you"
    if "p3" in fl and you: return False
    if "you" in fl and not you: return False
    if "f" in fl and d["sex"] != "F": return False
    if "dom" in fl and d["sector"] not in ("domestic", "care"): return False
    if "ind" in fl and d["sector"] in ("domestic", "care"): return False
    if "noSG" in fl and d["dest"] == "SG": return False
    if "item" in fl and not allow_item: return False
    for m in d.get("missing", []):
        if "T:" + m in fl: return False
    return True
def choose(d, key, lst, allow_item=None):
    if allow_item is None: allow_item = d["f"]["schedule"] or d["f"]["bullets"]
    p = pool(key, lst)
    for i, (t, fl) in enumerate(p):
        if eligible(d, fl, allow_item):
            p.append(p.pop(i))
            return t, fl
    raise RuntimeError("no eligible variant %s %s" % (key, d["id"]))

# ------------------------------------------------------------------ build sentences
def S(text, kind, rule=None, item=False):
    return dict(text=text, kind=kind, rule=rule, item=item)

look_count = Counter(); look_rows = []; SECOND = [0]
def build(d, v, pair_side=None):
    en = d["lang"] == "en"
    secs = defaultdict(list)
    # job / duration / ordinary
    job = d["job"]
    secs["job"].append(S(fill(job, v), "ord"))
    O = ORD_EN if en else ORD_ID
    secs["duration"].append(S(fill(d["ord"]["duration"], v), "ord"))
    secs["lodging"].append(S(fill(d["ord"]["lodging"], v), "ord"))
    secs["leave"].append(S(fill(d["ord"]["leave"], v), "ord"))
    secs["medical"].append(S(fill(d["ord"]["medical"], v), "ord"))
    secs["law"].append(S(fill(d["ord"]["law"], v), "ord"))
    if d["ord"].get("language"): secs["law"].append(S(fill(d["ord"]["language"], v), "ord"))
    # mandatory elements
    for el in ELEMS:
        if el in d.get("missing", []):
            if d["weak"].get(el):
                secs[el].append(S(fill(d["weak"][el], v), "weak"))
            continue
        t, fl = d["mand"][el]
        if el == "complaint" and d["f"]["footnote"] and "item" not in fl:
            secs[el].append(S(fill("Complaints and requests for assistance may be made at any time, free of charge\u00b9.", v), "mand"))
            d["footnote_text"] = fill("\u00b9 " + ("{Labour}, {hotline}; or {embassy}." if en else "{Labour}; {embassy}."), v)
            continue
        if "item" in fl:
            k, val = t.split("|"); secs[el].append(S((fill(k, v), fill(val, v)), "mand", item=True))
        else:
            secs[el].append(S(fill(t, v), "mand"))
    if d["ord"].get("remains"): secs["repat"].append(S(fill(d["ord"]["remains"], v), "ord"))
    # look-alikes
    for (r, t, fl, sec) in d["looks"]:
        if "item" in fl:
            k, val = t.split("|"); secs[sec].append(S((fill(k, v), fill(val, v)), "look", r, item=True))
        else:
            secs[sec].append(S(fill(t, v), "look", r))
    # abusive
    for (r, t, fl, sec, pos) in d["abuses"]:
        if "item" in fl:
            k, val = t.split("|"); s = S((fill(k, v), fill(val, v)), "abuse", r, item=True)
        else:
            s = S(fill(t, v), "abuse", r)
        L = secs[sec]
        if pos == "lead" and not any(x["kind"] == "lead" for x in L):
            LD = LEAD_EN if en else LEAD_ID
            if sec in LD:
                L.insert(0, S(fill(LD[sec], v), "lead"))
        L.insert(len(L) if pos in ("lead", "end") else 0, s)
    return secs

# ------------------------------------------------------------------ rendering
ROMAN = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii".split()
def numstr(f, i):
    n = f["num"]
    return {"dot": "%d." % i, "paren": "%d)" % i, "article": "Article %d." % i, "clause": "Clause %d:" % i,
            "roman": ROMAN[i - 1] + ".", "section": "Section %d \u2014" % i, "none": "", "pasal": "Pasal %d" % i}[n]
def title(d, key):
    f = d["f"]; h = HEAD[key]
    if d["lang"] == "id":
        t = h[5]
        if f["bil"] == "en": t += " / " + h[0].upper()
        return t
    if f["pov"] == "you": return h[1]
    t = h[0]
    b = f["bil"]
    if b:
        t = t + " / " + h[{"ar": 2, "zh": 3, "ms": 4}[b]] if b != "zh" else h[3] + " " + t
    return t

LOWER_OK = {"The", "You", "Your", "No", "Any", "All", "A", "An", "Wages", "Overtime", "Either", "Nothing", "If", "In", "Where", "Should", "Every", "Each", "Half", "Eighty", "Mobile", "Free", "Complaints", "Normal", "Leaving", "Marriage", "Pregnancy", "Having", "Dating", "Friends", "Retaining", "Nobody", "Neither", "Membership", "Raising", "Taking", "Grievances", "Visitors", "Processing", "Fees", "Applicants", "Security", "Salaries", "Transfers", "Continued", "Although", "During", "Upon", "Before", "To", "Save", "By", "For", "Going", "Medical", "Paid", "Sundays", "When", "Help"}
def marked(s, idx):
    return "\x01%d\x02" % idx + s
def join_sents(d, sents, marks):
    """join non-item sentences of a paragraph; sometimes with '; '."""
    out = []
    for i, s in enumerate(sents):
        t = s["text"]
        if s["kind"] == "abuse":
            t = marked(t, len(marks)); marks.append(s); s["second"] = bool(out)
        if out and d["f"]["semi"] and rng.random() < 0.3 and out[-1].endswith(".") and not out[-1].isupper():
            pre = re.match("^(\x01\\d+\x02)?", t).group(0)
            raw = t[len(pre):]
            first = raw.split(" ", 1)[0]
            if first in LOWER_OK and not raw.isupper():
                out[-1] = out[-1][:-1] + ";"
                t = pre + ("and " if rng.random() < 0.4 else "") + raw[0].lower() + raw[1:]
        out.append(t)
    return " ".join(out)

def wrap(d, text, first_prefix, width=None):
    f = d["f"]; width = width or f["width"]
    ind = " " * f["indent"] if first_prefix else ""
    if first_prefix and f["indent"] and f["indent"] < len(first_prefix) + 1 and len(first_prefix) <= 14 and rng.random() < 0.5:
        ind = " " * (len(first_prefix) + 1)
    lines = textwrap.wrap((first_prefix + " " if first_prefix else "") + text, width=width, subsequent_indent=ind,
                          break_long_words=False, break_on_hyphens=False)
    return lines

def item_line(d, k, val, last, table):
    end = "." if last else ";"
    if table:
        dots = "." * rng.randint(6, 14)
        return "%s: %s %s%s" % (k, dots, val, end)
    return "- %s: %s%s" % (k[:1].lower() + k[1:] if not k.isupper() else k, val, end)

def render(d, secs):
    f = d["f"]; en = d["lang"] == "en"; v = d["vals"]
    marks = []
    L = []
    w, e, a = d["terms"]
    # title and parties
    L.append(d["title"]); L.append("")
    has_items = f["schedule"] and any(x["item"] for k in secs for x in secs[k])
    par = d["parties"] + ((" The particulars set out in the Schedule form part of this Contract." if en else " Lampiran perjanjian ini merupakan bagian yang tidak terpisahkan dari perjanjian ini.") if has_items else "")
    L += wrap(d, par, "", f["width"])
    L.append("")
    sched = []
    if f["bullets"]:
        secs = dict(secs); moved = []
        for k in ORDER:
            if secs.get(k) and all(x["item"] for x in secs[k]):
                moved += secs[k]; secs[k] = []
        if moved:
            intro = {"en": "The main terms of this Contract are the following.", "you": "These are the main points of your job.",
                     "id": "Ketentuan pokok perjanjian ini adalah sebagai berikut."}["id" if not en else f["pov"] if f["pov"] == "you" else "en"]
            secs["terms"] = [S(intro, "ord")] + moved
    order = [k for k in ORDER if secs.get(k)]
    i = 0
    for key in order:
        sents = secs[key]
        items = [s for s in sents if s["item"]]
        plain = [s for s in sents if not s["item"]]
        if f["schedule"]:
            sched += items; items = []
        if not plain and not items:
            continue
        if not plain and items:
            intro = "The following particulars apply." if en else "Ketentuan berikut berlaku."
            plain = [S(intro, "ord")]
        i += 1
        num = numstr(f, i); tt = title(d, key)
        block = []
        if f["head"] == "inline":
            head = (num + " " if num else "") + (tt.upper() + "." if f["upper_head"] or not en else tt + ".")
            block += wrap(d, join_sents(d, plain, marks), head)
        elif f["head"] in ("line", "plain"):
            block.append((num + " " if num else "") + tt)
            block.append("")
            if len(plain) > 1 and rng.random() < 0.4:
                for s in plain:
                    block += wrap(d, join_sents(d, [s], marks), "")
            else:
                block += wrap(d, join_sents(d, plain, marks), "")
        elif f["head"] == "sub":
            block.append(num + " " + tt.upper())
            for k, s in enumerate(plain):
                sub = "%d.%d" % (i, k + 1) if f["num"] == "dot" else "(%s)" % "abcdefgh"[k]
                block += wrap(d, join_sents(d, [s], marks), sub)
        elif f["head"] == "pasal":
            block.append(num); block.append(tt)
            for k, s in enumerate(plain):
                block += wrap(d, join_sents(d, [s], marks), "(%d)" % (k + 1))
        for k, s in enumerate(items):
            t = item_line(d, s["text"][0], s["text"][1], k == len(items) - 1, False)
            if s["kind"] == "abuse":
                t = marked(t, len(marks)); marks.append(s)
            pre = "  " if f["indent"] else ""
            block += textwrap.wrap(pre + t, width=f["width"], subsequent_indent=pre + "  ", break_long_words=False, break_on_hyphens=False)
        L += block
        if f["blank"] or f["head"] in ("line", "plain", "pasal"):
            L.append("")
    if L[-1] != "": L.append("")
    if sched:
        if en:
            L.append(rng.choice(["SCHEDULE 1 \u2013 PARTICULARS OF EMPLOYMENT", "ANNEX A: KEY TERMS", "Schedule of Terms"]))
        else:
            L.append(rng.choice(["LAMPIRAN I \u2013 RINCIAN SYARAT KERJA", "LAMPIRAN: KETENTUAN POKOK"]))
        L.append("")
        for k, s in enumerate(sched):
            t = item_line(d, s["text"][0], s["text"][1], k == len(sched) - 1, True)
            if s["kind"] == "abuse":
                t = marked(t, len(marks)); marks.append(s)
            L.append(t)
        L.append("")
    # signatures
    if en:
        L.append("Signed at %s on this ____ day of ______________ 2025." % (d["home"] if rng.random() < 0.5 else v["city"]))
        L.append("")
        L.append("_______________________          _______________________")
        L.append("%-33s%s" % ((e if e.startswith("the ") else e).replace("the ", "").upper() if f["pov"] == "third" else "EMPLOYER", (w.replace("the ", "").upper() if f["pov"] == "third" else "WORKER")))
        if rng.random() < 0.5:
            L.append(""); L.append("Witness: _______________________   for %s" % d["agency_name"])
    else:
        L.append("Ditandatangani di %s pada tanggal ______________ 2025." % d["home"])
        L.append("")
        L.append("PIHAK PERTAMA                     PIHAK KEDUA")
        L.append("(%s)%s(%s)" % (d["emp_name"], " " * 8, d["worker_name"]))
    if d.get("footnote_text"):
        L.append(""); L.append("_____"); L += wrap(d, d["footnote_text"], "", f["width"])
    text_lines = L
    if f["caps"]:
        text_lines = [l.upper() for l in text_lines]
    if f["typo"]:
        text_lines = [typo(l) for l in text_lines]
    if f["hyphen"]:
        text_lines = hyphenate(text_lines)
    # resolve markers
    labels = []
    out = []
    for n, l in enumerate(text_lines, 1):
        for m in re.finditer("\x01(\\d+)\x02", l):
            labels.append((marks[int(m.group(1))]["rule"], n))
            SECOND[0] += bool(marks[int(m.group(1))].get("second")) and not d.get("is_dest")
        out.append(re.sub("\x01\\d+\x02", "", l).rstrip())
    assert len(labels) == len(marks), d["id"]
    return "\n".join(out).rstrip("\n") + "\n", labels

def typo(l):
    l = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", l)
    l = re.sub(r"s' ", "s\u2019 ", l)
    l = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", l)
    return l

def hyphenate(lines):
    cands = []
    for n in range(len(lines) - 1):
        a, b = lines[n], lines[n + 1]
        if not a.strip() or not b.strip() or "\x01" in b.split(" ")[0] or "___" in a:
            continue
        m = re.match(r"^(\s*)([a-z]{9,})([ ,.;].*|)$", b)
        if m and len(a) < 80:
            cands.append(n)
    if not cands: return lines
    n = rng.choice(cands)
    m = re.match(r"^(\s*)([a-z]{9,})(.*)$", lines[n + 1])
    word = m.group(2); cut = rng.randint(3, len(word) - 4)
    lines = list(lines)
    lines[n] = lines[n] + " " + word[:cut] + "-"
    lines[n + 1] = m.group(1) + word[cut:] + m.group(3)
    return lines

# ------------------------------------------------------------------ per-contract choices
def setup(d):
    en = d["lang"] == "en"
    D = DEST[d["dest"]]
    d["fmi"] = rng.randrange(len(D["fm"]))
    d["city"] = rng.choice(D["cities"])
    d["home"] = rng.choice(ORIGIN[d["origin"]]["cities"]) if en else rng.choice(ID_HOME)
    d["wage"] = rng.choice(D["wages"][d["sector"]])
    d["fee"] = int(round(d["wage"] * rng.choice([1, 1.5, 2]) / 10.0)) * 10
    d["dep"] = int(round(d["wage"] * rng.choice([1, 2]) / 10.0)) * 10
    d["h"] = 8 if d["sector"] in ("construction", "factory", "farm") else rng.choice([8, 9, 10])
    d["rd"] = 1
    d["start"] = rng.choice(["06:00", "07:00", "08:00"])
    d["day"] = "Friday" if D["friday"] else "Sunday"
    d["years"] = 2 if d["dest"] != "TW" else 3
    d["leave"] = {"HK": 14, "SG": 14, "MY": 12, "TW": 7}.get(d["dest"], 30 if d["sector"] in ("domestic", "care") else 21)
    d["terms"] = terms(d)
    d["worker_name"] = rng.choice([n for n in WORKER_NAMES[d["origin"]] if (n in MALE) == (d["sex"] == "M")])
    corp = lambda n: re.search(r"Ltd|Co\.|Sdn|LLC|WLL|Company|Cooperative|Garments|Apparel|Works|Bhd", n) is not None
    ind_ = d["sector"] in ("construction", "factory", "farm")
    cands = [n for n in EMP_NAMES[d["dest"]] if corp(n) == ind_] or EMP_NAMES[d["dest"]]
    d["emp_name"] = rng.choice(cands)
    d["agency_name"] = rng.choice([a for a in AGENCY_NAMES if a.startswith("PT ") == (not en)])
    J = JOB_EN if en else JOB_ID
    d["job"] = rng.choice(J[d["sector"]])
    O = ORD_EN if en else ORD_ID
    d["ord"] = {}
    for k in ["duration", "lodging", "leave", "medical", "law"]:
        opts = O[k]
        if k == "lodging" and en:
            opts = [opts[1]] if d["sector"] in ("construction", "factory", "farm") else [opts[0]]
        d["ord"][k] = rng.choice(opts)
    if rng.random() < 0.4: d["ord"]["language"] = rng.choice(O["language"])
    if rng.random() < 0.3 and "repat" not in d.get("missing", []): d["ord"]["remains"] = O["remains"][0]
    # mandatory elements
    M = MAND_EN if en else MAND_ID
    d["mand"] = {}
    allow_item = d["f"]["schedule"] or d["f"]["bullets"]
    for el in ELEMS:
        d["mand"][el] = choose(d, ("mand", d["lang"], el), M[el], allow_item)
    d["weak"] = {}
    MS = MISSING_EN if en else MISSING_ID
    for el in d.get("missing", []):
        if MS[el] and rng.random() < 0.6:
            d["weak"][el] = rng.choice(MS[el])
    # titles and parties
    if en:
        t_opts = ["CONTRACT OF EMPLOYMENT", "EMPLOYMENT CONTRACT", "STANDARD EMPLOYMENT CONTRACT", "EMPLOYMENT AGREEMENT"]
        if d["sector"] == "domestic": t_opts += ["EMPLOYMENT CONTRACT FOR A FOREIGN DOMESTIC WORKER", "HOUSEHOLD SERVICE WORKER CONTRACT"]
        if d["sector"] == "care": t_opts += ["AGREEMENT FOR THE EMPLOYMENT OF A CAREGIVER"]
        if d["sector"] in ("construction", "factory", "farm"): t_opts += ["LETTER OF APPOINTMENT", "OVERSEAS EMPLOYMENT CONTRACT"]
        tt = rng.choice(t_opts)
        if d["f"]["pov"] == "you": tt = rng.choice(["Your Employment Terms", "Letter of Offer and Terms of Employment", "YOUR CONTRACT \u2013 PLEASE READ CAREFULLY"])
        b = d["f"]["bil"]
        if b == "ar": tt += " / \u0639\u0642\u062f \u0639\u0645\u0644"
        if b == "zh": tt = ("\u50f1\u50ad\u5408\u7d04 " if d["dest"] == "HK" else "\u52de\u52d5\u5951\u7d04 ") + tt
        if b == "ms": tt += " / KONTRAK PEKERJAAN"
        d["title"] = tt
        w, e, a = d["terms"]
        en_ = lambda s: s.replace("the ", "")
        if d["f"]["pov"] == "you":
            d["parties"] = ('This letter sets out the terms on which %s of %s, %s ("your employer") employs you, %s, a citizen of %s, recruited through %s ("the agency").'
                            % (d["emp_name"], d["city"], DEST[d["dest"]]["name"], d["worker_name"], ORIGIN[d["origin"]]["country"], d["agency_name"]))
        else:
            d["parties"] = ('This %s is made between %s of %s, %s (the "%s"), and %s, a national of %s (the "%s"), through %s (the "%s").'
                            % (rng.choice(["Contract", "Agreement"]), d["emp_name"], d["city"], DEST[d["dest"]]["name"], en_(e), d["worker_name"], ORIGIN[d["origin"]]["country"], en_(w), d["agency_name"], en_(a)))
    else:
        tt = rng.choice(["PERJANJIAN KERJA", "PERJANJIAN KERJA PEKERJA MIGRAN INDONESIA", "PERJANJIAN KERJA / EMPLOYMENT CONTRACT"])
        d["title"] = tt
        w, e, a = d["terms"]
        d["parties"] = ("Pada hari ini telah dibuat perjanjian kerja antara %s, beralamat di %s, %s, selanjutnya disebut %s, dan %s, warga negara Indonesia asal %s, selanjutnya disebut %s, melalui %s sebagai %s."
                        % (d["emp_name"], d["city"], DEST[d["dest"]]["id"], e, d["worker_name"], d["home"], w, d["agency_name"], a))

def defs_section(d, v):
    w, e, a = d["terms"]
    en_ = lambda s: s.replace("the ", "")
    return [S('In this Contract, "%s" means %s; "%s" means %s; "%s" means %s; and "Contract Period" means the term stated in the clause on duration.'
              % (en_(e), d["emp_name"], en_(w), d["worker_name"], en_(a), d["agency_name"]), "ord")]

def plan_looks(d, n):
    en = d["lang"] == "en"
    LK = LOOK_EN if en else LOOK_ID
    avoid = set(d.get("abuse", []))
    miss = set(d.get("missing", []))
    types = [r for r in LK if r not in avoid]
    if d["role"] == "ctr010":
        types = [r for r in types if r in ("CTR-001", "CTR-002", "CTR-003", "CTR-005", "CTR-006", "CTR-008")]
    if d["sex"] != "F" and "CTR-005" in types and not en:
        pass
    out = []
    for _ in range(n):
        cand = [r for r in types if r not in [x[0] for x in out]]
        rng.shuffle(cand)
        cand.sort(key=lambda r: look_count[(r)] + (14 if r == "CTR-011" else 0))
        for r in cand:
            try:
                t, fl = choose(d, ("look", d["lang"], r), LK[r])
            except RuntimeError:
                continue
            sec = rng.choice(RULE_SECTION[r])
            out.append((r, t, fl, sec))
            break
    return out

def plan_abuses(d):
    en = d["lang"] == "en"
    AB = ABUSE_EN if en else ABUSE_ID
    out = []
    for r in d.get("abuse", []):
        t, fl = choose(d, ("abuse", d["lang"], r), AB[r])
        sec = rng.choice(RULE_SECTION[r])
        pos = rng.choice(["first", "end", "lead"])
        out.append((r, t, fl, sec, pos))
    return out

# ------------------------------------------------------------------ main
def main():
    tdir = os.path.join(HERE, "texts")
    os.makedirs(tdir, exist_ok=True)
    for fn in os.listdir(tdir):
        if fn.startswith("G-"): os.remove(os.path.join(tdir, fn))
    labels = []; comp = []; contracts = []
    for c in ids:
        d = C[c]
        setup(d)
        if d["role"] == "pair":
            d["f"]["pov"] = "third"; d["f"]["caps"] = False; d["f"]["footnote"] = False
            if d["f"]["head"] == "plain": d["f"]["head"] = "inline"
            if d["change"] == "rest":
                d["rd"] = 2
                d["mand"]["rest"] = ("{W} berhak atas {rdid} ({rd}) hari libur dalam setiap minggu, yaitu {restdays}.", "")
            if d["change"] in ("hours", "hours_down"):
                d["mand"]["hours"] = (MAND_EN["hours"][0][0], "")
            if d["change"] == "hours_down":
                d["h"] = 9
        d["vals"] = make_vals(d)
        nlook = {"clean": rng.choice([3, 4]), "abuse": rng.choice([2, 3]), "ctr010": rng.choice([2, 3]), "pair": rng.choice([2, 3])}[d["role"]]
        d["looks"] = plan_looks(d, nlook)
        for (r, *_x) in d["looks"]: look_count[r] += 1
        d["abuses"] = plan_abuses(d)
        st = rng.getstate()
        secs = build(d, d["vals"])
        if d["f"]["defs"]: secs["definitions"] = defs_section(d, d["vals"])
        if d["role"] == "pair":
            origin_text, dest_text = render_pair(d, secs)
            open(os.path.join(tdir, c + ".origin.txt"), "w", encoding="utf-8").write(origin_text)
            open(os.path.join(tdir, c + ".txt"), "w", encoding="utf-8").write(dest_text)
            text = dest_text; labs = []
        else:
            text, labs = render(d, secs)
            open(os.path.join(tdir, c + ".txt"), "w", encoding="utf-8").write(text)
        for r, n in labs: labels.append((c, d["lang"], r, n))
        if d["role"] == "ctr010": labels.append((c, d["lang"], "CTR-010", ""))
        less = d["role"] == "pair" and d["change"] in ("wage", "hours", "duration", "job", "rest")
        if less: labels.append((c, d["lang"], "CTR-011", ""))
        contracts.append((c, d["lang"], d["wage"], DEST[d["dest"]]["cur"]))
        detail = ",".join(d.get("abuse", [])) or "+".join(d.get("missing", [])) or d.get("change", "")
        comp.append((c, d["lang"], d["role"], d["sector"], d["dest"], d["origin"], detail, " ".join(x[0] for x in d["looks"]),
                     d["f"]["pov"], d["f"]["num"], d["f"]["head"], int(d["f"]["caps"]), int(d["f"]["typo"]), int(d["f"]["schedule"]),
                     int(d["f"]["bullets"]), int(d["f"]["footnote"]), int(d["f"]["defs"]), d["f"]["bil"] or "", text.count("\n")))
    order = {r: i for i, r in enumerate(RULES + ["CTR-010", "CTR-011"])}
    labels.sort(key=lambda x: (x[0], x[3] if x[3] != "" else 10 ** 6, order[x[2]]))
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, lineterminator="\n"); wr.writerow(["contract", "language", "rule", "line"]); wr.writerows(labels)
    with open(os.path.join(HERE, "contracts.csv"), "w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, lineterminator="\n"); wr.writerow(["contract", "language", "wage", "currency"]); wr.writerows(contracts)
    with open(os.path.join(HERE, "composition.csv"), "w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, lineterminator="\n")
        wr.writerow(["contract", "language", "role", "sector", "destination", "origin", "detail", "lookalike_types", "pov", "numbering", "headings",
                     "caps", "typographic", "schedule", "bullets", "footnote", "definitions", "bilingual", "lines"])
        wr.writerows(comp)
    print("abusive sentences that are not the first sentence of their paragraph:", SECOND[0])

def render_pair(d, secs):
    """origin and destination versions; the destination differs only by d['change']."""
    ch = d["change"]
    st = rng.getstate()
    origin_text, _ = render(d, secs)
    e = dict(d)
    e["vals"] = dict(d["vals"])
    if ch == "identical":
        return origin_text, origin_text
    if ch == "reworded":
        e["f"] = dict(d["f"]); e["f"]["num"] = "dot" if d["f"]["num"] == "pasal" else "pasal"
        e["f"]["head"] = "inline" if e["f"]["num"] == "dot" else "pasal"; e["f"]["width"] = d["f"]["width"] - 9
        e["mand"] = dict(d["mand"]); e["mand"]["wage"] = (MAND_ID["wage"][1][0], "")
    elif ch == "wage":
        e["wage"] = d["wage"] - 200
    elif ch == "hours":
        e["h"] = 10
    elif ch == "hours_down":
        e["h"] = 8
    elif ch == "duration":
        e["years"] = 3
    elif ch == "leave_up":
        e["leave"] = 21; e["fmi"] = (d["fmi"] + 1) % len(DEST[d["dest"]]["fm"])
    elif ch == "rest":
        e["rd"] = 1
    elif ch == "job":
        e["job"] = "{W} shall work as a general worker in the family-owned food processing workshop of {e} in {city}."
    e["vals"] = make_vals(e)
    if ch == "wage":
        pass
    rng.setstate(st)
    secs2 = build(e, e["vals"])
    if e["f"]["defs"]: secs2["definitions"] = defs_section(e, e["vals"])
    dest_text, _ = render(e, secs2)
    return origin_text, dest_text

if __name__ == "__main__":
    main()
