#!/usr/bin/env python3
"""Generate labelled contract batch 7 (L-001 .. L-070).

Python 3 standard library only; fixed seed; deterministic.
Usage: python3 make_set.py [outdir]   (default: the directory of this file)
With C7_DEBUG_DIR=dir the texts are also written with visible markers
(for reading every labelled sentence; not committed).

Labels come from construction: every abusive sentence carries its own
private-use marker character through filling, upper-casing, wrapping,
hyphenation, annex / table placement and page footers; its label line is
the line on which the marker ends up, then the marker is removed.
"""
import csv
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variants import ABUSE, LOOK, ELEM, MISSING, ORD, ORD_ID  # noqa: E402

SEED = 20261129
RULES = ["CTR-%03d" % i for i in range(1, 10)]
MARK0 = 0xE000

# ---------------------------------------------------------------- world data
DEST = {
    "HK": dict(name="Hong Kong", cur="HKD", wages=[4990, 5100, 5200],
               fmt=["HK${:,}", "HKD {:,}"], idfmt="HK$ {}", city="Hong Kong",
               hotline="the Labour Department of Hong Kong (2717 1771)",
               perw="KJRI Hong Kong", cc="852"),
    "SG": dict(name="Singapore", cur="SGD", wages=[650, 700, 750],
               fmt=["S${:,}", "SGD {:,}.00"], idfmt="SGD {}", city="Singapore",
               hotline="the Ministry of Manpower helpline (6438 5122)",
               perw="KBRI Singapura", cc="65"),
    "MY": dict(name="Malaysia", cur="MYR", wages=[1500, 1700, 1800],
               fmt=["RM{:,}", "MYR {:,}"], idfmt="RM {}", city="Kuala Lumpur",
               hotline="the Labour Department (Jabatan Tenaga Kerja) of Malaysia",
               perw="KBRI Kuala Lumpur", cc="60"),
    "TW": dict(name="Taiwan", cur="TWD", wages=[20000, 27470, 28590],
               fmt=["NT${:,}", "NTD {:,}"], idfmt="NT$ {}", city="Taipei",
               hotline="the 1955 labour consultation hotline",
               perw="KDEI Taipei", cc="886"),
    "SA": dict(name="Saudi Arabia", cur="SAR", wages=[1500, 1600, 1800],
               fmt=["SAR {:,}", "SR {:,}"], idfmt="SAR {}", city="Riyadh",
               hotline="the Ministry of Human Resources (19911)",
               perw="KJRI Jeddah", cc="966"),
    "AE": dict(name="the United Arab Emirates", cur="AED", wages=[1400, 1600, 1800],
               fmt=["AED {:,}", "Dh {:,}"], idfmt="AED {}", city="Dubai",
               hotline="the Ministry of Human Resources and Emiratisation (80084)",
               perw="KBRI Abu Dhabi", cc="971"),
    "QA": dict(name="Qatar", cur="QAR", wages=[1300, 1400, 1500],
               fmt=["QAR {:,}", "QR {:,}"], idfmt="QAR {}", city="Doha",
               hotline="the Ministry of Labour hotline (16008)",
               perw="KBRI Doha", cc="974"),
    "KW": dict(name="Kuwait", cur="KWD", wages=[110, 120, 130],
               fmt=["KWD {:,}", "KD {:,}.000"], idfmt="KWD {}", city="Kuwait City",
               hotline="the Public Authority for Manpower",
               perw="KBRI Kuwait", cc="965"),
    "OM": dict(name="Oman", cur="OMR", wages=[140, 150, 160],
               fmt=["OMR {:,}", "RO {:,}.000"], idfmt="OMR {}", city="Muscat",
               hotline="the Ministry of Labour of Oman",
               perw="KBRI Muscat", cc="968"),
    "BH": dict(name="Bahrain", cur="BHD", wages=[160, 180, 200],
               fmt=["BHD {:,}", "BD {:,}.000"], idfmt="BHD {}", city="Manama",
               hotline="the Labour Market Regulatory Authority (17506055)",
               perw="KBRI Manama", cc="973"),
}
SECTOR_DEST = {
    "domestic": ["HK", "HK", "SG", "MY", "TW", "SA", "AE", "QA", "KW", "OM", "BH", "HK"],
    "care": ["HK", "TW", "SG", "BH", "AE"],
    "factory": ["MY", "TW", "KW", "SA", "AE"],
    "construction": ["SG", "QA", "SA", "AE", "OM", "MY"],
    "farm": ["MY", "OM", "SA", "TW"],
    "hospitality": ["AE", "QA", "BH", "OM"],
}
ORIGIN = {
    "PH": dict(name="the Philippines", city="Manila", lang="Filipino",
               fee=("PHP {:,}", [48000, 62500, 75000])),
    "NP": dict(name="Nepal", city="Kathmandu", lang="Nepali",
               fee=("NPR {:,}", [115000, 145000, 160000])),
    "IN": dict(name="India", city="Kochi", lang="Malayalam",
               fee=("INR {:,}", [85000, 110000])),
    "BD": dict(name="Bangladesh", city="Dhaka", lang="Bengali",
               fee=("BDT {:,}", [260000, 390000])),
    "LK": dict(name="Sri Lanka", city="Colombo", lang="Sinhala",
               fee=("LKR {:,}", [230000, 310000])),
    "KE": dict(name="Kenya", city="Nairobi", lang="Swahili",
               fee=("KES {:,}", [72000, 98000])),
    "UG": dict(name="Uganda", city="Entebbe", lang="Luganda",
               fee=("UGX {:,}", [3600000, 4900000])),
    "MM": dict(name="Myanmar", city="Yangon", lang="Burmese",
               fee=("MMK {:,}", [1900000, 2600000])),
    "VN": dict(name="Vietnam", city="Hanoi", lang="Vietnamese",
               fee=("VND {:,}", [62000000, 85000000])),
    "ID": dict(name="Indonesia", city="Surabaya", lang="Bahasa Indonesia",
               fee=("IDR {:,}", [16500000, 21000000])),
}
SECTOR_ORIGIN = {
    "domestic": ["PH", "ID", "LK", "KE", "UG", "NP", "MM"],
    "care": ["PH", "ID", "NP", "KE"],
    "factory": ["NP", "BD", "VN", "MM", "IN", "PH"],
    "construction": ["IN", "NP", "BD", "KE", "PH"],
    "farm": ["BD", "NP", "IN", "VN"],
    "hospitality": ["PH", "KE", "NP", "IN", "UG"],
}
F_NAMES = {"PH": ["Marites D. Aquino", "Lorna B. Pascual", "Jennifer C. Villanueva", "Analyn R. Soriano"],
           "ID": ["Siti Nurhasanah", "Dewi Lestari", "Rina Agustina", "Umi Kalsum"],
           "LK": ["W. A. Chamari Perera", "K. Nilmini Fernando"],
           "KE": ["Faith Wanjiru Mwangi", "Caroline Achieng Otieno", "Mercy Nduta Kamau"],
           "UG": ["Sarah Namubiru", "Harriet Nakato"],
           "NP": ["Sunita Tamang", "Kamala Rai", "Bimala Gurung"],
           "MM": ["Ma Thida Win", "Daw Khin Myo"],
           "BD": ["Rokeya Begum"], "IN": ["Lissy Thomas", "Priya Nair"], "VN": ["Nguyen Thi Hoa", "Tran Thi Mai"]}
M_NAMES = {"PH": ["Rodel M. Santos", "Jerome T. Bautista"], "NP": ["Ram Bahadur Thapa", "Dil Kumar Magar", "Suman Shrestha"],
           "IN": ["Anil Kumar Pillai", "Mohammed Shafeeq", "Rajesh Yadav"], "BD": ["Md. Abdul Karim", "Shahidul Islam", "Rafiqul Hasan"],
           "KE": ["Peter Otieno Ouma", "Brian Kiptoo"], "VN": ["Le Van Tuan", "Pham Minh Duc"], "MM": ["Aung Ko Ko", "Zaw Min Htet"],
           "UG": ["Isaac Ssemakula"], "ID": ["Agus Setiawan", "Budi Santoso"], "LK": ["Nuwan Jayasinghe"]}
EMP_NAMES = {"HK": ["Mr. Wong Kar Fai", "Mrs. Cheung Mei Ling", "Ms. Lau Siu Ying"],
             "SG": ["Mr. Tan Boon Huat", "Mdm. Lim Swee Choo", "Hock Seng Builders Pte. Ltd."],
             "MY": ["Encik Rahman bin Ismail", "Sinar Jaya Plastics Sdn. Bhd.", "Ladang Permai Sdn. Bhd.", "Megah Bina Construction Sdn. Bhd."],
             "TW": ["Mr. Chen Wei-Ming", "Mrs. Huang Li-Hua", "Hsin Tai Precision Co., Ltd.", "Da Tung Orchard Cooperative"],
             "SA": ["Mr. Fahad Abdullah Al-Otaibi", "Al-Rowad Contracting Co.", "Al-Nakheel Agricultural Est."],
             "AE": ["Mr. Khalid Saeed Al-Mansoori", "Gulf Crest Hospitality L.L.C.", "Emirates Steelworks L.L.C."],
             "QA": ["Mr. Hamad Nasser Al-Kuwari", "Doha Skyline Contracting W.L.L.", "Pearl Bay Hotel W.L.L."],
             "KW": ["Mr. Yousef Al-Enezi", "Al-Sabah Food Industries Co."],
             "OM": ["Mr. Salim Hamed Al-Harthy", "Batinah Greenhouse Farms L.L.C.", "Sohar Civil Works L.L.C."],
             "BH": ["Mrs. Fatima Ali Al-Khalifa", "Seef Residences Hotel W.L.L."]}
CO_PREFIX = {"HK": ["Victoria Harbour"], "SG": ["Hock Seng", "Tuas Bay"], "MY": ["Sinar Jaya", "Megah Permai"],
             "TW": ["Hsin Tai", "Da Tung"], "SA": ["Al-Rowad", "Al-Nakheel"], "AE": ["Gulf Crest", "Al Barsha"],
             "QA": ["Doha Skyline", "Pearl Bay"], "KW": ["Al-Sabah", "Jahra Star"], "OM": ["Batinah", "Sohar Coast"],
             "BH": ["Seef", "Muharraq Gate"]}
CO_WORD = {"factory": "Industries", "construction": "Contracting", "farm": "Agricultural", "hospitality": "Hospitality"}
CO_SUFFIX = {"HK": "Ltd.", "SG": "Pte. Ltd.", "MY": "Sdn. Bhd.", "TW": "Co., Ltd.", "SA": "Co.", "AE": "L.L.C.",
             "QA": "W.L.L.", "KW": "Co. W.L.L.", "OM": "L.L.C.", "BH": "W.L.L."}
AGENCY_NAMES = ["Bright Horizon Manpower Services", "Evergreen Overseas Placement Inc.", "Sagarmatha Global Recruiters Pvt. Ltd.",
                "Trusty Hands Employment Agency", "Nile Valley Labour Link Ltd.", "Golden Bridge International Recruitment",
                "Pacific Crest Deployment Corp.", "Lotus Manpower Consultancy", "Harbour Light Staffing Agency",
                "PT Cahaya Mandiri Sejahtera", "PT Bina Karya Nusantara"]

E_TERMS = {"domestic": ["Principal", "Householder", "Sponsor", "Host Family", "Engaging Party"],
           "care": ["Principal", "Householder", "Host Family", "Engaging Party"],
           "company": ["Principal", "Sponsor", "Undertaking", "Engaging Party", "Management"]}
A_TERMS = ["Recruiter", "Manpower Provider", "Deploying Firm", "Intermediary", "Bureau", "Licensed Recruiter"]
W_TERMS = {"domestic": ["Housekeeper", "Home Assistant", "Maid", "Household Aide"],
           "care": ["Carer", "Care Assistant", "Nursing Aide"],
           "factory": ["Operator", "Jobholder", "Migrant Employee"],
           "construction": ["Labourer", "Tradesman", "Jobholder"],
           "farm": ["Farmhand", "Labourer"],
           "hospitality": ["Staff Member", "Attendant", "Migrant Employee"]}
ID_TERMS = [("Pihak Pertama", "Pihak Kedua", "Mitra Usaha"),
            ("Pemakai Jasa", "Tenaga Kerja", "Lembaga Penempatan"),
            ("Pemberi Kerja", "Penata Laksana Rumah Tangga", "Agen")]
JOBS = {"domestic": [("a housekeeper for the household", "the residence of the {E}"),
                     ("a general domestic helper", "the home of the {E}")],
        "care": [("a carer for an elderly member of the household", "the residence of the {E}")],
        "factory": [("a production operator", "the factory of the {E}"), ("a machine operator", "the plant of the {E}")],
        "construction": [("a general construction labourer", "the project sites of the {E}"), ("a steel fixer", "the building sites of the {E}")],
        "farm": [("a farm worker", "the farm of the {E}"), ("a plantation harvester", "the estate of the {E}")],
        "hospitality": [("a room attendant", "the hotel of the {E}"), ("a kitchen helper", "the restaurant of the {E}")]}
JOBS_ID = {"domestic": ("penata laksana rumah tangga", "rumah {E}"),
           "care": ("perawat lansia untuk orang tua {E}", "rumah {E}"),
           "factory": ("operator produksi", "pabrik {E}")}

HEAD_EN = {
    "defs": ["DEFINITIONS", "Definitions and Interpretation"],
    "job": ["ENGAGEMENT AND PLACE OF WORK", "Position and Term"],
    "wage": ["REMUNERATION", "Wages and Payment"],
    "hours": ["HOURS OF WORK AND REST", "Working Time and Rest"],
    "hours_norest": ["WORKING TIME", "Working Time"],
    "hours_nohours": ["REST", "Rest Periods"],
    "leave": ["LEAVE AND HOLIDAYS", "Annual Leave"],
    "lodging": ["BOARD AND LODGING", "Accommodation and Meals"],
    "medical": ["MEDICAL CARE", "Health and Insurance"],
    "docs": ["DOCUMENTS", "Travel and Identity Papers"],
    "costs": ["RECRUITMENT COSTS", "Costs and Charges"],
    "conduct": ["CONDUCT", "Duties of the {W}"],
    "term": ["TERMINATION", "Ending the Contract"],
    "repat": ["RETURN TRAVEL", "Repatriation"],
    "travel": ["TRAVEL", "Travel"],
    "griev": ["GRIEVANCES AND ASSISTANCE", "Complaints and Assistance"],
    "general": ["GENERAL PROVISIONS", "Miscellaneous"],
}
HEAD_ID = {"job": "JABATAN DAN JANGKA WAKTU", "wage": "UPAH", "hours": "WAKTU KERJA DAN ISTIRAHAT",
           "hours_norest": "WAKTU KERJA", "hours_nohours": "ISTIRAHAT", "leave": "CUTI",
           "lodging": "AKOMODASI", "medical": "KESEHATAN", "docs": "DOKUMEN", "costs": "BIAYA",
           "conduct": "KEWAJIBAN {W}", "term": "PEMUTUSAN HUBUNGAN KERJA", "repat": "KEPULANGAN",
           "travel": "KEBERANGKATAN", "griev": "PENGADUAN", "general": "LAIN-LAIN"}
SECTION_OF = {"CTR-001": "docs", "CTR-002": "costs", "CTR-003": "costs", "CTR-004": "hours",
              "CTR-005": "medical", "CTR-006": "conduct", "CTR-007": "wage", "CTR-008": "term",
              "CTR-009": "griev"}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"]
WORDS = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE",
         "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN"]

HOUSE_RULES = {"dom": ["Keep your room and the kitchen clean and tidy.", "Tell the family at once if you feel unwell.",
                       "Switch off the gas after cooking.", "Do not give the house keys to anyone.",
                       "Wash the children's clothes separately.", "Ask before using the washing machine at night."],
               "co": ["Wear the safety shoes and helmet provided at all times on duty.", "Keep your locker and bed area clean.",
                      "Report any injury to the supervisor the same day.", "Smoking is allowed only in marked areas.",
                      "Switch off machines before cleaning them.", "Cooking in the rooms is not allowed; use the common kitchen."]}
HOUSE_RULES_ID = ["Menjaga kebersihan kamar dan dapur.", "Memberi tahu keluarga apabila sakit.",
                  "Mematikan kompor gas setelah memasak.", "Menjaga barang-barang milik keluarga dengan baik."]


# ---------------------------------------------------------------- helpers
def money(v, fmt):
    return fmt.format(v)


def id_money(v, fmt):
    return fmt.format("{:,}".format(v).replace(",", "."))


def fill(text, ctx):
    out = text
    for k, v in ctx.items():
        out = out.replace("{" + k + "}", v)
    assert "{" not in out, out
    return out


def first_upper(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
    return s


def dom_ok(text, domestic):
    t = text
    dom_kw = ["household", "family member", "the family", "the house", "'s home", "rumah", "Household"]
    co_kw = ["hostel", "shift", "production", "worksite", r"\bsite\b", "document room", "supervisor", "office safe"]
    if any(re.search(k, t) if k.startswith("\\") else (k in t) for k in dom_kw):
        return domestic
    if any(re.search(k, t) if k.startswith("\\") else (k in t) for k in co_kw):
        return not domestic
    return True


class Picker:
    """Least-used picker over variants, ties broken by the rng."""

    def __init__(self, rng):
        self.rng = rng
        self.used = {}

    def pick(self, key, options):
        assert options, key
        best = min(self.used.get((key, o[1]), 0) for o in options)
        cands = [o for o in options if self.used.get((key, o[1]), 0) == best]
        o = self.rng.choice(cands)
        self.used[(key, o[1])] = self.used.get((key, o[1]), 0) + 1
        return o


# ---------------------------------------------------------------- wrapping
def vis_len(s):
    return sum(1 for ch in s if not (0xE000 <= ord(ch) <= 0xF8FF))


def wrap(text, width, first_prefix, indent, rng, hyph):
    """Greedy wrap; continuation lines get `indent` spaces; long plain words
    may be hyphenated at the line end (probability `hyph`)."""
    words = text.split()
    lines = []
    cur = first_prefix
    fresh = True  # nothing but the prefix on the current line yet
    for w in words:
        add = vis_len(w) + (0 if fresh else 1)
        if fresh or vis_len(cur) + add <= width:
            cur = cur + ("" if fresh else " ") + w
            fresh = False
            continue
        if hyph and re.fullmatch(r"[\uE000-\uF8FF]?[a-z]{10,}", w) and rng.random() < hyph:
            room = min(width - vis_len(cur) - 2, len(w) - 3)
            vow = "aeiouAEIOU"
            ks = [k for k in range(3, room + 1) if w[k - 1] in vow and w[k] not in vow and k + 1 < len(w)
                  and w[k + 1] in vow and w[k].isalpha()]
            k = max(ks) if ks else 0
            if k >= 3:
                lines.append(cur + " " + w[:k] + "-")
                cur = " " * indent + w[k:]
                continue
        lines.append(cur)
        cur = " " * indent + w
    lines.append(cur)
    return [ln.rstrip() for ln in lines]


# ---------------------------------------------------------------- contract specs
def plan(rng):
    """Decide the 70 contracts: role, language, sector, destination, origin, types."""
    specs = []
    roles = ([("abuse", "en")] * 36 + [("abuse", "id")] * 6 + [("clean", "en")] * 12 + [("clean", "id")] * 2
             + [("ctr010", "en")] * 5 + [("ctr010", "id")] * 2 + [("pair", "en")] * 6 + [("pair", "id")] * 1)
    rng.shuffle(roles)
    # make sure ids stay deterministic and order mixed
    missing_en = [["hours"], ["rest", "complaint"], ["repat"], ["wage"], ["complaint"]]
    missing_id = [["complaint"], ["wage", "repat"]]
    pair_en = [("wage", 1, "AE", "domestic"), ("hours", 1, "QA", "hospitality"), ("job", 1, "HK", "care"),
               ("identical", 0, "SG", "domestic"), ("rest_better", 0, "KW", "domestic"),
               ("hours_better", 0, "BH", "hospitality")]
    pair_id = [("wage", 1, "TW", "domestic")]
    sectors_en = (["domestic"] * 18 + ["care"] * 6 + ["factory"] * 10 + ["construction"] * 9 + ["farm"] * 6
                  + ["hospitality"] * 5)
    sectors_id = ["domestic"] * 5 + ["care"] * 2 + ["factory"] * 3
    rng.shuffle(sectors_en)
    rng.shuffle(sectors_id)
    for n, (role, lang) in enumerate(roles, 1):
        s = dict(id="L-%03d" % n, role=role, lang=lang, missing=[], pair=None)
        if role == "pair":
            ch, worse, dest, sector = (pair_en if lang == "en" else pair_id).pop(0)
            s.update(pair=ch, worse=worse, dest=dest, sector=sector)
        else:
            s["sector"] = (sectors_en if lang == "en" else sectors_id).pop()
            if lang == "id":
                opts = {"domestic": ["HK", "TW", "MY", "SG", "SA"], "care": ["HK", "TW"], "factory": ["TW", "MY"]}[s["sector"]]
            else:
                opts = SECTOR_DEST[s["sector"]]
            s["dest"] = rng.choice(opts)
        if role == "ctr010":
            s["missing"] = (missing_en if lang == "en" else missing_id).pop(0)
        if lang == "id":
            s["origin"] = "ID"
        else:
            s["origin"] = rng.choice(SECTOR_ORIGIN[s["sector"]])
        if s["sector"] in ("domestic", "care"):
            s["female"] = True
        elif s["sector"] in ("construction", "farm"):
            s["female"] = False
        else:
            s["female"] = rng.random() < 0.5
        specs.append(s)
    # the pairs' sectors were fixed; the remaining sector lists are unused
    return specs


def allowed_types(s):
    t = list(RULES)
    if not s["female"]:
        t.remove("CTR-005")
    if s["dest"] == "SG":
        t = [x for x in t if x not in ("CTR-005", "CTR-006")]
    return t


def assign_abuse(specs, rng):
    ab = [s for s in specs if s["role"] == "abuse"]
    for attempt in range(500):
        sizes_en = [1] * 8 + [2] * 15 + [3] * 13
        sizes_id = [1, 2, 2, 2, 3, 3]
        rng.shuffle(sizes_en)
        quota = {r: 10 for r in RULES}
        ok = True
        chosen = {}
        order = sorted(ab, key=lambda s: (s["lang"] == "en", len(allowed_types(s)), rng.random()))
        id_used = {}
        size_of = {}
        for s in ab:
            size_of[s["id"]] = (sizes_en if s["lang"] == "en" else sizes_id).pop()
        for s in order:
            k = size_of[s["id"]]
            types = []
            for _ in range(k):
                cand = [r for r in allowed_types(s) if r not in types and quota[r] > 0]
                if not cand:
                    ok = False
                    break
                if s["lang"] == "id":
                    low = min(id_used.get(r, 0) for r in cand)
                    cand = [r for r in cand if id_used.get(r, 0) == low]
                top = max(quota[r] for r in cand)
                r = rng.choice([c for c in cand if quota[c] >= top - 1])
                if s["lang"] == "id":
                    id_used[r] = id_used.get(r, 0) + 1
                types.append(r)
                quota[r] -= 1
            if not ok:
                break
            chosen[s["id"]] = types
        if ok and all(v == 0 for v in quota.values()):
            for s in ab:
                s["abuse_types"] = chosen[s["id"]]
            return
    raise SystemExit("could not assign abusive types")


def features(s, rng, deck):
    lang = s["lang"]
    f = {}
    if lang == "id":
        f["style"] = rng.choice(["pasal", "pasal", "pasal_inline"])
        f["defs"] = 0
        f["annex"] = rng.random() < 0.45
        f["table"] = rng.random() < 0.3
        f["decl"] = 0
        f["caps"] = 2 if rng.random() < 0.1 else (1 if rng.random() < 0.25 else 0)
        f["typo"] = 0
    else:
        f["style"] = deck.pop()
        f["defs"] = 1 if rng.random() < 0.35 else 0
        f["annex"] = rng.random() < 0.3
        f["table"] = rng.random() < 0.33
        f["decl"] = rng.random() < 0.22
        f["caps"] = 2 if rng.random() < 0.05 else (1 if rng.random() < 0.3 else 0)
        f["typo"] = 1 if rng.random() < 0.35 else 0
    if s["role"] == "pair":
        f["caps"] = 0
        f["defs"] = 0
    f["width"] = rng.choice([64, 68, 70, 72, 76, 78])
    f["hanging"] = rng.random() < 0.6
    f["hyph"] = 0.7 if rng.random() < 0.4 else 0.0
    f["footer"] = rng.random() < 0.8
    f["footer_style"] = rng.randrange(4)
    f["footer_every"] = rng.randint(38, 48)
    f["table_style"] = rng.choice(["pipe", "cols"])
    return f


def forms_available(s):
    f = s["f"]
    if s["lang"] == "id":
        fs = ["Lid"]
        if f["annex"]:
            fs.append("Iid")
        return fs
    fs = ["L"]
    if f["defs"]:
        fs.append("D")
    if f["table"]:
        fs.append("T")
    if f["annex"] or f["style"] == "terms":
        fs.append("I")
    if f["decl"]:
        fs.append("P")
    return fs


def variant_ok(s, v, abusive):
    form, text = v[0], v[1]
    if "wage" in s["missing"] and any(p in text for p in ("{dfee}", "{wage2}", "{ded}", "{savings}", "{wage}")):
        return False
    if len(v) > 2 and v[2] == "female" and not s["female"]:
        return False
    if not dom_ok(text, s["sector"] in ("domestic", "care")):
        return False
    if not abusive:
        ab = s.get("abuse_types", [])
        if "CTR-008" in ab and ("resign" in text or "ended by either" in text or "mengundurkan" in text):
            return False
        if "CTR-007" in ab and "No deduction" in text:
            return False
        if "CTR-002" in ab and "owes it nothing" in text:
            return False
        miss = s["missing"]
        kw = {"wage": ["wage", "salary", "pay", "gaji", "upah"],
              "hours": ["hour", "overtime", "jam"],
              "rest": ["rest", "day off", "libur", "istirahat"],
              "repat": ["return", "fare", "ticket", "pulang", "tiket", "home"],
              "complaint": ["complain", "police", "court", "labour", "embassy", "authorit", "union", "report", "mengadu",
                            "pengaduan", "serikat", "grievance", "contact"]}
        for m in miss:
            if any(k in text.lower() for k in kw[m]):
                return False
        if s["role"] in ("ctr010",) and any(k in text.lower() for k in kw["complaint"] + kw["rest"] + kw["repat"]):
            return False
    return True


def choose_clauses(specs, rng):
    pk = Picker(rng)
    for s in specs:
        fs = forms_available(s)
        s["clauses"] = []  # (rule, abusive, form, text)
        for r in s.get("abuse_types", []):
            opts = [v for v in ABUSE[r] if v[0] in fs and variant_ok(s, v, True)]
            rare = [v for v in opts if v[0] in ("D", "T") and pk.used.get((("A", r), v[1]), 0) < 2]
            fresh = [v for v in opts if v[0] not in ("L", "Lid") and pk.used.get((("A", r), v[1]), 0) == 0]
            v = pk.pick(("A", r), rare or fresh or opts)
            s["clauses"].append((r, True, v[0], v[1]))
        # look-alikes
        n_la = {"abuse": 2, "clean": rng.choice([4, 5]), "ctr010": 2, "pair": 3}[s["role"]]
        pool = [r for r in allowed_types(s) if r not in s.get("abuse_types", [])]
        if s["role"] == "ctr010":
            pool = [r for r in pool if r in ("CTR-001", "CTR-002", "CTR-003", "CTR-005", "CTR-006", "CTR-007")]
        pool.sort(key=lambda r: (pk.used.get(("LAcount", r), 0), rng.random()))
        la = []
        for r in pool:
            if len(la) == n_la:
                break
            opts = [v for v in LOOK[r] if v[0] in fs and variant_ok(s, v, False)]
            if not opts:
                continue
            v = pk.pick(("L", r), opts)
            pk.used[("LAcount", r)] = pk.used.get(("LAcount", r), 0) + 1
            la.append((r, False, v[0], v[1]))
        assert len(la) == n_la, (s["id"], la)
        s["clauses"].extend(la)
        s["lookalike_types"] = [c[0] for c in la]


# ---------------------------------------------------------------- context
def make_ctx(s, rng):
    d = DEST[s["dest"]]
    o = ORIGIN[s["origin"]]
    lang = s["lang"]
    wage = s["wage"]
    cur = d["cur"]
    if lang == "id":
        fmtw = lambda v: id_money(v, d["idfmt"])  # noqa: E731
    else:
        fm = rng.choice(d["fmt"])
        fmtw = lambda v: money(v, fm)  # noqa: E731
    s["fmtw"] = fmtw
    if cur in ("KWD", "OMR", "BHD"):
        ded = int(round(wage * 0.25))
        sav = int(round(wage * 0.3))
    else:
        ded = int(round(wage * 0.25 / 10.0)) * 10
        sav = int(round(wage * 0.3 / 10.0)) * 10
    ffmt, fvals = o["fee"]
    fee = rng.choice(fvals)
    if s["dest"] == "TW" and s["origin"] == "TW":
        pass
    ctx = {}
    if lang == "id":
        E, W, A = s["terms"]
        ctx.update(E=E, W=W, A=A)
    else:
        ctx.update(E=s["terms"][0], W=s["terms"][1], A=s["terms"][2])
        if s["female"]:
            ctx.update(he="she", his="her", him="her", He="She", His="Her", partner="boyfriend")
        else:
            ctx.update(he="he", his="his", him="him", He="He", His="His", partner="girlfriend")
    ctx.update(wage=fmtw(wage), ded=fmtw(ded), wage2=fmtw(2 * wage), savings=fmtw(sav), dfee=fmtw(wage),
               fee=ffmt.format(fee), feeid="Rp " + "{:,}".format(fee).replace(",", "."),
               country=d["name"] if lang == "en" else {"SG": "Singapura", "SA": "Arab Saudi", "AE": "Uni Emirat Arab"}.get(s["dest"], d["name"]),
               origin=o["name"], city=o["city"], lang=o["lang"],
               hotline=d["hotline"], perwakilan=d["perw"],
               aphone="+%s %d %04d" % (d["cc"], rng.randint(2000, 9999), rng.randint(0, 9999)))
    if s["dest"] in ("HK",):
        emb = "the Consulate General of " + o["name"]
    elif s["dest"] == "TW":
        emb = {"PH": "the Manila Economic and Cultural Office", "ID": "the Indonesian Economic and Trade Office",
               "VN": "the Vietnam Economic and Cultural Office"}.get(s["origin"], "the representative office of " + o["name"])
    else:
        emb = "the Embassy of " + o["name"]
    ctx["embassy"] = emb
    return ctx


# ---------------------------------------------------------------- building
class Doc:
    def __init__(self, s, rng):
        self.s, self.f, self.rng = s, s["f"], rng
        self.blocks = []  # (kind, payload)

    def add(self, kind, *payload):
        self.blocks.append((kind,) + payload)


def element_text(s, ctx, key, form_pref, pk, override=None):
    if override and key in override:
        return fill(override[key], ctx)
    if s["lang"] == "id":
        opts = [v for v in ELEM[key] if v[0] == "Lid"]
    else:
        opts = [v for v in ELEM[key] if v[0] == form_pref] or [v for v in ELEM[key] if v[0] == "L"]
        if key == "wage" and "CTR-007" in s.get("abuse_types", []) and form_pref == "L":
            opts = [v for v in opts if "paid" not in v[1] or "accrue" in v[1]] or opts
    ck = key + "/" + form_pref
    if ck not in s["elem_choice"]:
        s["elem_choice"][ck] = pk.pick(("E", key, s["lang"], form_pref), opts)
    return fill(s["elem_choice"][ck][1], ctx)


def build(s, rng, pk, version=None):
    """Return list of lines (with markers) for one version of a contract."""
    f = s["f"]
    ctx = dict(s["ctx"])
    lang = s["lang"]
    over = {}
    if version == "dest":
        ch = s["pair"]
        if ch == "wage":
            ctx["wage"] = s["fmtw"](s["dest_wage"])
        elif ch == "hours":
            over["hours"] = "Normal working time is ten (10) hours a day, between 7:00 a.m. and 7:00 p.m., with two hours for meals."
        elif ch == "hours_better":
            over["hours"] = "The ordinary hours of work of the {W} shall not exceed nine (9) hours per day."
        elif ch == "rest_better":
            over["rest"] = "The {W} is entitled to two rest days, each of not less than twenty-four consecutive hours, in each week."
        elif ch == "job":
            ctx["job"] = s["dest_job"]
    if version == "origin":
        ch = s["pair"]
        if ch == "hours":
            over["hours"] = "Normal working time is eight (8) hours a day, between 7:00 a.m. and 4:00 p.m., with one hour for a meal."
        elif ch == "hours_better":
            over["hours"] = "The ordinary hours of work of the {W} shall not exceed ten (10) hours per day."
        elif ch == "rest_better":
            over["rest"] = "The {W} is entitled to one rest day of not less than twenty-four consecutive hours in each week."
    if s["pair"] and "hours" in s["pair"]:
        pass
    form_pref = "I" if f["style"] == "terms" else "L"

    def E(key):
        return element_text(s, ctx, key, "L", pk, over)

    # clause texts with markers
    sec = {k: [] for k in ["defs", "job", "wage", "hours", "leave", "lodging", "medical", "docs", "costs",
                           "conduct", "term", "repat", "griev", "general"]}
    items, rows, decl = [], [], []
    caps_target = s.get("caps_target")
    for idx, (r, abusive, form, text) in enumerate(s["clauses"]):
        t = fill(text, ctx)
        t = first_upper(t)
        if abusive:
            mk = chr(MARK0 + s["mark_base"] + idx)
            if "@" in t:
                t = t.replace("@", mk)
            else:
                t = mk + t
        else:
            assert "@" not in t
        if caps_target == idx:
            t = t.upper()
        if form in ("L", "Lid"):
            sec[SECTION_OF[r]].append(t)
        elif form == "D":
            sec["defs"].append(t)
        elif form == "T":
            rows.append(t)
        elif form in ("I", "Iid"):
            items.append(t)
        elif form == "P":
            decl.append(t)
    order_rng = random.Random(s["id"])
    for k in sec:
        order_rng.shuffle(sec[k])

    O = ORD if lang == "en" else ORD_ID

    def ordc(key):
        opts = O[key]
        i = s["ord_choice"].setdefault(key, order_rng.randrange(len(opts)))
        return fill(first_upper(opts[i]), ctx)

    miss = s["missing"]
    body = {}
    body["job"] = [ordc("job"), ordc("term")]
    body["wage"] = ([] if "wage" in miss else ([E("wage")] if f["style"] != "terms" else [])) + \
        ([fill(first_upper(MISSING["wage"][0 if lang == "en" else 1][1]), ctx)] if "wage" in miss else []) + sec["wage"]
    hrs = []
    if f["style"] != "terms":
        if "hours" not in miss:
            hrs.append(E("hours"))
        if "rest" not in miss:
            hrs.append(E("rest"))
    body["hours"] = hrs + sec["hours"]
    body["leave"] = [ordc("leave"), ordc("holidays")]
    body["lodging"] = [fill(first_upper(O["lodging"][0 if s["sector"] in ("domestic", "care") or lang == "id" else 1]), ctx)]
    body["medical"] = [ordc("medical")] + ([ordc("sick")] if lang == "en" else []) + sec["medical"]
    body["docs"] = ([ordc("permit")] if lang == "en" else []) + sec["docs"]
    body["costs"] = sec["costs"]
    body["conduct"] = [ordc("conduct")] + sec["conduct"]
    body["term"] = [ordc("dismiss")] + sec["term"]
    rp = []
    if "repat" in miss:
        rp.append(fill(first_upper(MISSING["repat"][0 if lang == "en" else 1][1]), ctx))
    else:
        if f["style"] != "terms":
            rp.append(E("repat"))
        rp.append(ordc("remains"))
    body["repat"] = rp
    gv = []
    if "complaint" not in miss and f["style"] != "terms":
        gv.append(E("complaint"))
    gv += sec["griev"]
    body["griev"] = gv
    gen = [ordc("law"), ordc("amend")] + ([ordc("copy")] if lang == "en" and s["origin"] != "ID" else [])
    body["general"] = gen
    body["defs"] = sorted([fill(x, ctx) for x in ORD["defs"][:2]] + sec["defs"],
                          key=lambda t: re.sub("[\uE000-\uF8FF\"]", "", t).upper()) if f["defs"] else []

    # headings
    def head(key):
        k = key
        if key == "hours":
            if "rest" in miss:
                k = "hours_norest"
            elif "hours" in miss:
                k = "hours_nohours"
        if key == "repat" and "repat" in miss:
            k = "travel"
        if lang == "id":
            return fill(HEAD_ID[k], ctx).upper()
        h = HEAD_EN[k][s["head_case"]]
        return fill(h, ctx)

    seq = ["defs", "job", "wage", "hours", "leave", "lodging", "medical", "docs", "costs", "conduct", "term",
           "repat", "griev", "general"]
    seq = [k for k in seq if body[k]]
    if "complaint" in miss and not body["griev"]:
        seq = [k for k in seq if k != "griev"]

    lines = []
    W = f["width"]
    hy = f["hyph"]
    rng2 = random.Random(s["id"] + "wrap")

    def para(prefix, text, indent=None):
        ind = (len(prefix) if f["hanging"] else 0) if indent is None else indent
        lines.extend(wrap(text, W, prefix, ind, rng2, hy))

    # ---- title and parties
    d = DEST[s["dest"]]
    if lang == "en":
        title = rng2.choice(["CONTRACT OF EMPLOYMENT", "EMPLOYMENT AGREEMENT", "STANDARD EMPLOYMENT CONTRACT",
                             "AGREEMENT FOR OVERSEAS EMPLOYMENT"])
        lines.append(title)
        if s["pair"]:
            lines.append("(Copy executed at the point of hire, %s)" % ORIGIN[s["origin"]]["city"] if version == "origin"
                         else "(Copy executed on arrival, %s)" % d["city"])
        lines.append("")
        pre = f["preamble"]
        if f["style"] == "gulf":
            lines.append("First Party (Employer): %s, %s" % (s["emp_name"], d["city"]))
            lines.append("Second Party (%s): %s, passport no. %s" % ("Employee" if s["sector"] not in ("domestic", "care") else "Worker", s["wname"], s["passport"]))
            lines.append("Recruitment agency: %s (the \"%s\")" % (s["agency"], ctx["A"]))
            lines.append("")
            para("", "The two parties, having full legal capacity, have agreed on the following terms on %s." % s["date"], 0)
        elif pre == 0:
            para("", "THIS AGREEMENT is made on %s BETWEEN %s of %s (the \"%s\") AND %s, holder of passport no. %s (the \"%s\"), recruited through %s (the \"%s\")."
                 % (s["date"], s["emp_name"], d["city"], ctx["E"], s["wname"], s["passport"], ctx["W"], s["agency"], ctx["A"]), 0)
        elif pre == 1:
            para("", "Parties:", 0)
            para("(1) ", "%s, %s, hereinafter the \"%s\";" % (s["emp_name"], d["city"], ctx["E"]))
            para("(2) ", "%s, a national of %s, hereinafter the \"%s\"; and" % (s["wname"], ORIGIN[s["origin"]]["name"], ctx["W"]))
            para("(3) ", "%s, licensed recruitment agency, hereinafter the \"%s\"." % (s["agency"], ctx["A"]))
            lines.append("")
            para("", "Date of signature: %s." % s["date"], 0)
        else:
            para("", "We, the undersigned, %s (the \"%s\") and %s (the \"%s\"), with the assistance of %s (the \"%s\"), record below the terms on which the %s is employed, as agreed on %s."
                 % (s["emp_name"], ctx["E"], s["wname"], ctx["W"], s["agency"], ctx["A"], ctx["W"], s["date"]), 0)
        lines.append("")
    else:
        lines.append(rng2.choice(["PERJANJIAN KERJA", "PERJANJIAN KERJA PEKERJA MIGRAN", "KONTRAK KERJA"]))
        if s["pair"]:
            lines.append("(Naskah yang ditandatangani di %s)" % ("Indonesia" if version == "origin" else d["city"]))
        lines.append("")
        lines.append("Yang bertanda tangan di bawah ini:")
        para("1. ", "%s, beralamat di %s, selanjutnya disebut %s;" % (s["emp_name"], d["city"], ctx["E"]))
        para("2. ", "%s, pemegang paspor nomor %s, selanjutnya disebut %s;" % (s["wname"], s["passport"], ctx["W"]))
        para("", "melalui %s, selanjutnya disebut %s." % (s["agency"], ctx["A"]), 0)
        lines.append("")
        para("", "Kedua belah pihak sepakat mengikatkan diri dalam perjanjian kerja dengan ketentuan sebagai berikut.", 0)
        lines.append("")

    # ---- key terms sheet
    if f["style"] == "terms":
        lines.append(rng2.choice(["SUMMARY OF KEY TERMS", "PART A - KEY TERMS"]))
        lines.append("")
        kv = [("Position", ctx["job"]), ("Place of work", ctx["place"]), ("Duration", "%s years from arrival" % ctx["years"])]
        for lab, val in kv:
            para("", "%s: %s" % (lab, val), 2 if f["hanging"] else 0)
        for key in ["wage", "hours", "rest", "repat", "complaint"]:
            if key in miss:
                continue
            para("", element_text(s, ctx, key, "I", pk, over), 2 if f["hanging"] else 0)
        if "wage" in miss:
            para("", fill(MISSING["wage"][0][1], ctx), 0)
        for it in items:
            para("", it, 2 if f["hanging"] else 0)
        items = []
        lines.append("")
        lines.append(rng2.choice(["PART B - GENERAL CONDITIONS", "GENERAL CONDITIONS"]))
        lines.append("")

    # ---- sections
    style = f["style"]
    n_item = 0
    for si, key in enumerate(seq, 1):
        h = head(key)
        paras = body[key]
        if style == "terms":
            for t in paras:
                n_item += 1
                para("%d. " % n_item, t)
            continue
        if lang == "id":
            if style == "pasal":
                lines.append("Pasal %d" % si)
                lines.append(h)
                for j, t in enumerate(paras, 1):
                    para("(%d) " % j if len(paras) > 1 else "", t)
            else:
                lines.append("PASAL %d - %s" % (si, h))
                for j, t in enumerate(paras, 1):
                    para("%s. " % "abcdefghij"[j - 1] if len(paras) > 1 else "", t)
            lines.append("")
            continue
        if style == "dot":
            lines.append("%d. %s" % (si, h))
            for j, t in enumerate(paras, 1):
                para("%d.%d " % (si, j), t)
        elif style == "article":
            lines.append("ARTICLE %s - %s" % (ROMAN[si - 1], h.upper()))
            for j, t in enumerate(paras, 1):
                para("(%s) " % "abcdefghij"[j - 1], t)
        elif style == "gulf":
            lines.append("Article (%d): %s" % (si, h))
            for j, t in enumerate(paras, 1):
                para("%d- " % j, t)
        elif style == "clauseword":
            lines.append("CLAUSE %s: %s" % (WORDS[si - 1], h.upper()))
            for j, t in enumerate(paras, 1):
                para("(%s) " % ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"][j - 1], t)
        elif style == "inline":
            para("%d. " % si, "%s. %s" % (h.upper(), paras[0]))
            for t in paras[1:]:
                para("    ", t, 4)
        lines.append("")

    # ---- signatures
    if lines[-1].strip():
        lines.append("")
    if lang == "en":
        lines.append("Signed:")
        lines.append("")
        lines.append("______________________          ______________________")
        lines.append("the %s%s the %s" % (ctx["E"], " " * max(2, 32 - len(ctx["E"]) - 4), ctx["W"]))
        lines.append("")
        lines.append("Witnessed for the %s: ______________________" % ctx["A"])
    else:
        para("", "Perjanjian ini ditandatangani dalam dua rangkap asli yang sama kekuatan hukumnya.", 0)
        lines.append("")
        lines.append("%s%s%s" % (ctx["E"], " " * max(2, 34 - len(ctx["E"])), ctx["W"]))
        lines.append("")
        lines.append("(____________________)            (____________________)")

    # ---- schedule of costs (table)
    if f["table"] and lang == "en":
        lines.append("")
        lines.append(rng2.choice(["SCHEDULE 1 - COSTS AND DEDUCTIONS", "Schedule of Charges and Deductions",
                                  "APPENDIX 1: WHO PAYS WHAT"]))
        lines.append("")
        base = [("Work permit levy", s["fmtw"](int(s["wage"] * 0.2)), "the " + ctx["E"]),
                ("Insurance premium", s["fmtw"](int(s["wage"] * 0.1)), "the " + ctx["E"])]
        if "CTR-002" not in s.get("abuse_types", []):
            base.insert(0, ("Entry visa and medical test", s["fmtw"](int(s["wage"] * 0.3)), "the " + ctx["E"]))
            if "repat" not in miss:
                base.append(("Air tickets, both ways", s["fmtw"](int(s["wage"] * 0.9)), "the " + ctx["E"]))
            else:
                base.append(("Air ticket to " + ctx["country"], s["fmtw"](int(s["wage"] * 0.5)), "the " + ctx["E"]))
        allrows = [" | ".join(b) for b in base] + rows
        order_rng.shuffle(allrows)
        hdr = ["Item", "Amount", "Borne by"]
        cells = [r.split(" | ") for r in allrows]
        if f["table_style"] == "pipe":
            lines.append(" | ".join(hdr))
            lines.append("-" * 40)
            for c in cells:
                lines.append(" | ".join(c))
        else:
            w0 = max(len(x[0]) for x in cells + [hdr]) + 2
            w1 = max(len(x[1]) for x in cells + [hdr]) + 2
            lines.append(hdr[0].ljust(w0) + hdr[1].ljust(w1) + hdr[2])
            for c in cells:
                lines.append(c[0].ljust(w0) + c[1].ljust(w1) + c[2])
    elif f["table"] and lang == "id":
        lines.append("")
        lines.append("LAMPIRAN I - RINCIAN BIAYA")
        lines.append("")
        lines.append("Jenis biaya | Jumlah | Ditanggung oleh")
        lines.append("Visa kerja | %s | %s" % (s["fmtw"](int(s["wage"] * 0.3)), ctx["E"]))
        lines.append("Asuransi | %s | %s" % (s["fmtw"](int(s["wage"] * 0.1)), ctx["E"]))
    # ---- house rules annex
    if (f["annex"] and items) or (f["annex"] and lang == "id"):
        lines.append("")
        if lang == "en":
            dom = s["sector"] in ("domestic", "care")
            lines.append(rng2.choice(["ANNEX A - HOUSEHOLD RULES AND ADDITIONAL TERMS",
                                      "Appendix: Rules of the House (forming part of this Contract)"] if dom else
                                     ["ANNEX A - ACCOMMODATION RULES AND ADDITIONAL TERMS",
                                      "Appendix: Site and Hostel Rules (forming part of this Contract)"]))
            pool = list(HOUSE_RULES["dom" if dom else "co"])
        else:
            lines.append("LAMPIRAN II - TATA TERTIB DAN KETENTUAN TAMBAHAN")
            pool = list(HOUSE_RULES_ID)
        order_rng.shuffle(pool)
        its = pool[:4] + items
        order_rng.shuffle(its)
        lines.append("")
        bullet = f["bullet"]
        for j, it in enumerate(its, 1):
            pre = {"num": "%d) " % j, "dash": "- ", "alpha": "(%s) " % "abcdefghijklmnop"[j - 1]}[bullet]
            para(pre, it)
    elif items:
        raise AssertionError("items without annex " + s["id"])
    # ---- declaration
    if decl:
        lines.append("")
        lines.append(rng2.choice(["WORKER'S DECLARATION", "Acknowledgement by the " + ctx["W"]]))
        lines.append("")
        para("", "I, %s, have read this contract in %s and confirm that:" % (s["wname"], ctx["lang"]), 0)
        base = ["I received a copy of this contract before I left %s." % ctx["origin"],
                "The terms were explained to me and I had time to ask questions."]
        its = base + decl
        order_rng.shuffle(its)
        for j, it in enumerate(its, 1):
            para("(%s) " % ["i", "ii", "iii", "iv", "v", "vi"][j - 1], it)
        lines.append("")
        lines.append("Signature of the %s: ____________________" % ctx["W"])
    # trim trailing blanks
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def finish(s, lines):
    """Capitals, typography, footers; then labels from markers."""
    f = s["f"]
    if f["caps"] == 2:
        lines = [ln.upper() for ln in lines]
    if f["typo"]:
        out = []
        for ln in lines:
            ln = re.sub(r"(?<=\w)'(?=\w)", "\u2019", ln)
            ln = re.sub(r"s' ", "s\u2019 ", ln)
            ln = re.sub(r"\"(?=\w)", "\u201c", ln)
            ln = ln.replace("\"", "\u201d")
            out.append(ln)
        lines = out
    if f["footer"]:
        every = f["footer_every"]
        n_pages = (len(lines) + every - 1) // every
        if n_pages > 1:
            out = []
            page = 1
            for i, ln in enumerate(lines):
                out.append(ln)
                if (i + 1) % every == 0 and i + 1 < len(lines):
                    out.append("")
                    out.append(footer_text(s, page, n_pages))
                    out.append("")
                    page += 1
            out.append("")
            out.append(footer_text(s, page, n_pages))
            lines = out
            s["footers"] = n_pages
    labels = []
    clean = []
    for i, ln in enumerate(lines, 1):
        for ch in ln:
            if 0xE000 <= ord(ch) <= 0xF8FF:
                labels.append((ord(ch) - MARK0 - s["mark_base"], i))
        clean.append("".join(ch for ch in ln if not (0xE000 <= ord(ch) <= 0xF8FF)))
    return lines, clean, labels


def footer_text(s, page, n):
    st = s["f"]["footer_style"]
    if s["lang"] == "id":
        return ["Halaman %d dari %d" % (page, n), "Hal. %d/%d    Paraf: ______ / ______" % (page, n),
                "- %d -" % page, "Halaman %d" % page][st]
    return ["Page %d of %d" % (page, n), "%s    page %d/%d    initials ____ / ____" % (s["id"].replace("L-", "Ref. EC-"), page, n),
            "- %d -" % page, "Contract of employment - page %d" % page][st]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    debug = os.environ.get("C7_DEBUG_DIR")
    rng = random.Random(SEED)
    specs = plan(rng)
    assign_abuse(specs, rng)
    pk = Picker(rng)
    base = 0
    deck = ["dot"] * 11 + ["article"] * 10 + ["gulf"] * 10 + ["clauseword"] * 8 + ["terms"] * 10 + ["inline"] * 10
    rng.shuffle(deck)
    for s in specs:
        s["f"] = features(s, rng, deck)
        s["f"]["preamble"] = rng.randrange(3)
        s["f"]["bullet"] = rng.choice(["num", "dash", "alpha"])
        if s["role"] != "abuse":
            s["abuse_types"] = []
        sector = s["sector"]
        d = DEST[s["dest"]]
        if s["lang"] == "id":
            s["terms"] = rng.choice(ID_TERMS if sector != "factory" else ID_TERMS[:2])
        else:
            ek = sector if sector in ("domestic", "care") else "company"
            s["terms"] = (rng.choice(E_TERMS[ek]), rng.choice(W_TERMS[sector]), rng.choice(A_TERMS))
            if s["f"]["style"] == "gulf":
                s["terms"] = ("First Party", "Second Party", s["terms"][2])
        s["wage"] = rng.choice(d["wages"] if not (s["dest"] == "TW") else ([20000] if sector in ("domestic", "care") else [27470, 28590]))
        s["head_case"] = rng.randrange(2)
        s["mark_base"] = base
        base += 8
    # spread definitions sections and all-capitals contracts by sampling
    en_np = [s for s in specs if s["lang"] == "en" and s["role"] != "pair"]
    for s in en_np:
        s["f"]["defs"] = 0
        if s["f"]["caps"] == 2:
            s["f"]["caps"] = 1
    for s in rng.sample(en_np, 11):
        s["f"]["defs"] = 1
    for s in rng.sample([x for x in en_np if x["f"]["style"] != "terms"], 2):
        s["f"]["caps"] = 2
    choose_clauses(specs, rng)
    for s in specs:
        ctx = make_ctx(s, rng)
        sector = s["sector"]
        if s["lang"] == "id":
            job, place = JOBS_ID[sector]
        else:
            job, place = rng.choice(JOBS[sector])
        ctx["job"] = fill(job, ctx)
        ctx["place"] = fill(place, ctx)
        ctx["years"] = rng.choice(["two (2)", "two (2)", "three (3)"]) if s["lang"] == "en" else "2 (dua)"
        ctx["leave"] = rng.choice(["twelve (12)", "fourteen (14)", "fifteen (15)", "twenty-one (21)"]) if s["lang"] == "en" else "12 (dua belas)"
        s["ctx"] = ctx
        names = F_NAMES if s["female"] else M_NAMES
        s["wname"] = rng.choice(names[s["origin"]])
        if sector not in ("domestic", "care"):
            s["emp_name"] = "%s %s %s" % (rng.choice(CO_PREFIX[s["dest"]]), CO_WORD[sector], CO_SUFFIX[s["dest"]])
        else:
            s["emp_name"] = rng.choice([n for n in EMP_NAMES[s["dest"]] if n.startswith(("Mr", "Mrs", "Ms", "Mdm", "Encik"))])
        s["agency"] = rng.choice(AGENCY_NAMES[:9] if s["lang"] == "en" else AGENCY_NAMES[9:])
        s["passport"] = "%s%07d" % (rng.choice("PENCXK"), rng.randint(0, 9999999))
        s["date"] = "%d %s %d" % (rng.randint(1, 28), rng.choice(["January", "March", "April", "June", "August", "October"]), rng.choice([2025, 2026]))
        if s["lang"] == "id":
            s["date"] = s["date"].replace("January", "Januari").replace("March", "Maret").replace("June", "Juni").replace("August", "Agustus").replace("October", "Oktober")
        s["elem_choice"] = {}
        s["ord_choice"] = {}
        if s["f"]["caps"] == 1 and s["clauses"]:
            s["caps_target"] = rng.randrange(len(s["clauses"]))
        if s["pair"] == "wage":
            s["dest_wage"] = int(s["wage"] * 0.85) // 10 * 10 if s["wage"] > 1000 else int(s["wage"] * 0.85)
        if s["pair"] == "job":
            s["dest_job"] = "a carer for an elderly member of the household, a cleaner of the homes of the sons of the %s, and a helper in the family shop" % ctx["E"]

    os.makedirs(os.path.join(outdir, "texts"), exist_ok=True)
    label_rows, contract_rows, comp_rows = [], [], []
    for s in specs:
        versions = ["origin", "dest"] if s["pair"] else [None]
        for ver in versions:
            raw = build(s, rng, pk, ver)
            marked, clean, labels = finish(s, raw)
            name = s["id"] + (".origin.txt" if ver == "origin" else ".txt")
            with open(os.path.join(outdir, "texts", name), "w", encoding="utf-8", newline="\n") as fh:
                fh.write("\n".join(clean) + "\n")
            if debug:
                os.makedirs(debug, exist_ok=True)
                with open(os.path.join(debug, name), "w", encoding="utf-8") as fh:
                    dbg = []
                    for ln in marked:
                        dbg.append("".join(("\u27e6%s\u27e7" % s["clauses"][ord(ch) - MARK0 - s["mark_base"]][0])
                                           if 0xE000 <= ord(ch) <= 0xF8FF else ch for ch in ln))
                    fh.write("\n".join(dbg) + "\n")
            if ver == "origin":
                assert not labels
                continue
            n_ab = sum(1 for c in s["clauses"] if c[1])
            assert sorted(l[0] for l in labels) == list(range(n_ab)), (s["id"], labels)
            s["lines"] = len(clean)
            for idx, ln in sorted(labels, key=lambda x: x[1]):
                label_rows.append((s["id"], s["lang"], s["clauses"][idx][0], str(ln)))
            s["text_order"] = [s["clauses"][idx][0] for idx, ln in sorted(labels, key=lambda x: x[1])]
        if s["role"] == "ctr010":
            label_rows.append((s["id"], s["lang"], "CTR-010", ""))
        if s["pair"] and s["worse"]:
            label_rows.append((s["id"], s["lang"], "CTR-011", ""))
        contract_rows.append((s["id"], s["lang"], str(s["wage"]), DEST[s["dest"]]["cur"]))
        f = s["f"]
        detail = {"abuse": ",".join(s.get("text_order", [])), "clean": "", "ctr010": "+".join(s["missing"]),
                  "pair": s["pair"] or ""}[s["role"]]
        sched = []
        if f["table"]:
            sched.append("table")
        if f["annex"] and (any(c[2] in ("I", "Iid") for c in s["clauses"]) or s["lang"] == "id") and f["style"] != "terms":
            sched.append("annex")
        if any(c[2] == "P" for c in s["clauses"]):
            sched.append("declaration")
        pov = "id" if s["lang"] == "id" else ("terms" if f["style"] == "terms" else "third")
        headings = {"dot": "line", "article": "line", "gulf": "line", "clauseword": "line", "terms": "none",
                    "inline": "inline", "pasal": "pasal", "pasal_inline": "inline"}[f["style"]]
        comp_rows.append((s["id"], s["lang"], s["role"], s["sector"], s["dest"], s["origin"], detail,
                          " ".join(s["lookalike_types"]), pov, f["style"], headings, str(f["caps"]), str(f["typo"]),
                          "+".join(sched) or "0", "1" if f["bullet"] == "dash" and "annex" in sched else "0", "0",
                          str(f["defs"]), "", str(s["lines"])))

    def wcsv(name, header, rows):
        with open(os.path.join(outdir, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    if os.environ.get("C7_STATS"):
        import collections
        print(collections.Counter((c[0], c[2]) for s in specs for c in s["clauses"] if c[1]))
        print(collections.Counter(c[2] for s in specs for c in s["clauses"] if c[1]))
        print(collections.Counter(c[2] for s in specs for c in s["clauses"] if not c[1]))
    order = {s["id"]: i for i, s in enumerate(specs)}
    label_rows.sort(key=lambda r: (order[r[0]], int(r[3]) if r[3] else 10 ** 6))
    wcsv("labels.csv", ["contract", "language", "rule", "line"], label_rows)
    wcsv("contracts.csv", ["contract", "language", "wage", "currency"], contract_rows)
    wcsv("composition.csv", ["contract", "language", "role", "sector", "destination", "origin", "detail",
                             "lookalike_types", "pov", "numbering", "headings", "caps", "typographic", "schedule",
                             "bullets", "footnote", "definitions", "bilingual", "lines"], comp_rows)


if __name__ == "__main__":
    main()
