#!/usr/bin/env python3
"""Generate contract evaluation batch 9 (N-001..N-060), deterministic.

Usage: python3 make_set.py [outdir]   (default: this folder)
Python 3 standard library only; fixed seed; re-running reproduces the
files byte for byte. Labels come from construction: every abusive clause
carries a private-use marker (U+E000+n) through filling, casing, wrapping
and footers; its label line is the line where the marker lands.
"""
import os
import random
import sys

from variants import ABUSE, LOOK, ABUSE_ID, LOOK_ID

SEED = 20261129
TYPES = ["CTR-%03d" % i for i in range(1, 10)]
MK0 = 0xE000

DEST = {
 "HK": dict(country="Hong Kong", city="Hong Kong", cur="HKD", wages=[5100, 5200, 5300, 5450],
            fmt=["HK${n}", "HKD {n}", "{n} Hong Kong dollars"], labour="the Labour Department (hotline 2717 1771)", day="Sunday"),
 "SG": dict(country="Singapore", city="Singapore", cur="SGD", wages=[700, 750, 800, 1150, 1250],
            fmt=["S${n}", "SGD {n}"], labour="the Ministry of Manpower (6438 5122)", day="Sunday"),
 "TW": dict(country="Taiwan", city="Taipei", cur="TWD", wages=[20000, 28590],
            fmt=["NT${n}", "NTD {n}"], labour="the 1955 Foreign Worker Hotline of the Ministry of Labor", day="Sunday"),
 "MY": dict(country="Malaysia", city="Kuala Lumpur", cur="MYR", wages=[1700, 1800],
            fmt=["RM{n}", "MYR {n}", "RM {n}"], labour="the Labour Department of Peninsular Malaysia", day="Sunday"),
 "SA": dict(country="the Kingdom of Saudi Arabia", city="Riyadh", cur="SAR", wages=[1500, 1700, 1800],
            fmt=["SAR {n}", "SR {n}", "{n} Saudi riyals"], labour="the Ministry of Human Resources and Social Development (19911)", day="Friday"),
 "AE": dict(country="the United Arab Emirates", city="Dubai", cur="AED", wages=[1200, 1500, 1800],
            fmt=["AED {n}", "Dhs {n}"], labour="the Ministry of Human Resources and Emiratisation (80060)", day="Friday"),
 "QA": dict(country="the State of Qatar", city="Doha", cur="QAR", wages=[1400, 1600],
            fmt=["QAR {n}", "{n} Qatari riyals"], labour="the Ministry of Labour (16008)", day="Friday"),
 "KW": dict(country="the State of Kuwait", city="Kuwait City", cur="KWD", wages=[110, 130],
            fmt=["KWD {n}.000", "KD {n}"], labour="the Public Authority for Manpower", day="Friday"),
 "OM": dict(country="the Sultanate of Oman", city="Muscat", cur="OMR", wages=[140, 170],
            fmt=["OMR {n}.000", "RO {n}"], labour="the Ministry of Labour", day="Friday"),
 "BH": dict(country="the Kingdom of Bahrain", city="Manama", cur="BHD", wages=[140, 180],
            fmt=["BD {n}.000", "BHD {n}"], labour="the Labour Market Regulatory Authority (17506055)", day="Friday"),
 "JO": dict(country="Jordan", city="Amman", cur="JOD", wages=[250, 290],
            fmt=["JOD {n}", "JD {n}"], labour="the Ministry of Labour hotline", day="Friday"),
 "LB": dict(country="Lebanon", city="Beirut", cur="USD", wages=[250, 300, 350],
            fmt=["USD {n}", "US$ {n}"], labour="the Ministry of Labour", day="Sunday"),
}
ORIG = {
 "PH": ("the Philippines", "Manila", "PHP", 55000, "Philippine"), "IN": ("India", "Chennai", "INR", 70000, "Indian"),
 "LK": ("Sri Lanka", "Colombo", "LKR", 240000, "Sri Lankan"), "NP": ("Nepal", "Kathmandu", "NPR", 120000, "Nepalese"),
 "BD": ("Bangladesh", "Dhaka", "BDT", 380000, "Bangladesh"), "KE": ("Kenya", "Nairobi", "KES", 95000, "Kenyan"),
 "UG": ("Uganda", "Kampala", "UGX", 2400000, "Ugandan"), "ET": ("Ethiopia", "Addis Ababa", "ETB", 45000, "Ethiopian"),
 "MM": ("Myanmar", "Yangon", "MMK", 1800000, "Myanmar"), "VN": ("Viet Nam", "Hanoi", "VND", 60000000, "Vietnamese"),
 "ID": ("Indonesia", "Jakarta", "IDR", 24000000, "Indonesian"),
}
SECT = {
 "domestic": dict(job=["domestic helper", "housemaid", "domestic worker"], W=["the Helper", "the Domestic Worker", "the Housemaid", "the Worker"],
                  E=["the Employer", "the Sponsor", "the Household Employer"], dests=["HK", "SG", "TW", "MY", "SA", "AE", "QA", "KW", "OM", "BH", "JO", "LB"]),
 "care": dict(job=["caregiver", "home care worker"], W=["the Caregiver", "the Care Worker", "the Worker"],
              E=["the Employer", "the Client"], dests=["TW", "HK", "SG"]),
 "construction": dict(job=["steel fixer", "mason", "general labourer"], W=["the Employee", "the Workman", "the Worker"],
                      E=["the Company", "the Contractor", "the Employer"], dests=["SA", "AE", "QA", "OM", "SG", "MY", "KW"]),
 "factory": dict(job=["machine operator", "production operator"], W=["the Operator", "the Employee", "the Worker"],
                 E=["the Company", "the Employer"], dests=["MY", "TW", "JO"]),
 "hospitality": dict(job=["room attendant", "kitchen steward", "waiter"], W=["the Employee", "the Staff Member"],
                     E=["the Hotel", "the Company"], dests=["AE", "BH", "QA", "OM"]),
 "plantation": dict(job=["field worker", "harvester"], W=["the Estate Worker", "the Worker"],
                    E=["the Estate", "the Employer"], dests=["MY"]),
}
AGENCIES = ["Bright Path Manpower Services", "Gold Coast Recruitment Bureau", "Sahara Star Manpower Office",
            "Harbour Link Employment Agency", "Kasih Ibu Placement Sdn. Bhd.", "Zenith Overseas Placement",
            "Al Noor Recruitment Office", "Lotus Global Staffing", "Cedar Home Services Agency",
            "Pearl Bridge Employment Co.", "Evergreen Labour Supply", "Sunrise Overseas Placement Ltd."]
ATERM = ["the Agency", "the Recruitment Agency", "the Agent", "the Office", "the Licensed Agency"]
EMPN = ["Mr. Lim Kok Wah", "Mrs. Fatima Al-Hashimi", "Mr. Chen Wei-Ming", "Ms. Lau Siu Fong", "Mr. Khalid Al-Otaibi",
        "Mrs. Rania Haddad", "Mr. Omar Al-Balushi", "Mrs. Noor Al-Sabah", "Mr. Tan Boon Keat", "Mrs. Huang Li-Hua",
        "Mr. Samir Khoury", "Mrs. Amal Al-Zayani"]
COMPN = ["Gulf Horizon Contracting LLC", "Tri-Star Precision Industries Sdn. Bhd.", "Ladang Sri Kenanga Estate",
         "Marina Crest Hotel & Suites", "Al Waha Building Works W.L.L.", "Desert Rose Resort", "Formosa Plastics Moulding Co., Ltd.",
         "Eastern Steel Fabricators", "Palm Court Hospitality Group", "Harmoni Agro Plantations Berhad"]
WNAMES_F = ["Maria Cristina Dela Cruz", "Lakshmi Perera", "Sita Gurung", "Grace Achieng", "Nakato Sarah", "Tigist Alemu",
            "Nguyen Thi Hoa", "Rahima Begum", "Mya Mya Win", "Joy Mabini", "Anusha Kumari", "Esther Wanjiru"]
WNAMES_M = ["Ramesh Thapa", "Mohammad Rafiqul Islam", "Suresh Kumar", "Aung Ko Ko", "Tran Van Nam", "Joseph Okello",
            "Nuwan Jayasinghe", "Eduardo Santos", "Bikash Rai", "Peter Mwangi"]
NAMES = {
 "PH": (["Maria Cristina Dela Cruz", "Joy Mabini", "Analyn Reyes"], ["Eduardo Santos", "Ronaldo Bautista"]),
 "IN": (["Anusha Kumari", "Lakshmi Narayanan"], ["Suresh Kumar", "Rajesh Pillai"]),
 "LK": (["Lakshmi Perera", "Chamari Wijesinghe"], ["Nuwan Jayasinghe", "Kasun Fernando"]),
 "NP": (["Sita Gurung", "Sunita Tamang"], ["Ramesh Thapa", "Bikash Rai"]),
 "BD": (["Rahima Begum", "Shilpi Akter"], ["Mohammad Rafiqul Islam", "Abdul Karim"]),
 "KE": (["Grace Achieng", "Esther Wanjiru"], ["Peter Mwangi", "David Otieno"]),
 "UG": (["Nakato Sarah", "Namubiru Joan"], ["Joseph Okello", "Moses Ssempijja"]),
 "ET": (["Tigist Alemu", "Hiwot Bekele"], ["Dawit Tesfaye", "Abebe Girma"]),
 "MM": (["Mya Mya Win", "Thandar Aye"], ["Aung Ko Ko", "Zaw Min Tun"]),
 "VN": (["Nguyen Thi Hoa", "Tran Thi Lan"], ["Tran Van Nam", "Le Van Hung"]),
}
IDNAMES = ["Siti Aminah", "Sri Wahyuni", "Nur Hidayah", "Dewi Lestari", "Yuni Astuti", "Rina Marlina"]


def fmt_num(n, sep=","):
    s = "{:,}".format(n)
    return s.replace(",", sep)


# ---------------------------------------------------------------- wrapping
def vlen(s):
    return sum(1 for c in s if not (MK0 <= ord(c) < MK0 + 256))

SUFFIXES = ["ibility", "ation", "ment", "tion", "ance", "ence", "ing", "able", "ship", "ity", "ness"]


def hyph_split(word, room):
    w = word.rstrip(".,;:")
    if not w.isalpha() or not w.islower() or len(w) < 8:
        return None
    cuts = set()
    for suf in SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            cuts.add(len(w) - len(suf))
    for i in range(3, len(w) - 3):
        if w[i - 1] == w[i] and w[i] not in "aeiou":
            cuts.add(i)
    for i in sorted(cuts, reverse=True):
        if i + 1 <= room:
            return word[:i] + "-", word[i:]
    return None


def wrap(text, width, first, indent, hyph=False):
    words = text.split()
    lines = []
    cur = first
    fresh = True
    marked = any(MK0 <= ord(ch) < MK0 + 256 for ch in text)
    i = 0
    while i < len(words):
        w = words[i]
        if fresh:
            cur += w
            fresh = False
            i += 1
            continue
        if vlen(cur) + 1 + vlen(w) <= width:
            cur += " " + w
            i += 1
            continue
        if hyph and not marked:
            sp = hyph_split(w, width - vlen(cur) - 1)
            if sp:
                lines.append(cur + " " + sp[0])
                cur = indent + sp[1]
                i += 1
                continue
        lines.append(cur)
        cur = indent
        fresh = True
    lines.append(cur)
    return [l.rstrip() for l in lines]


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
         "XVIII", "XIX", "XX", "XXI", "XXII"]


def cap1(s):
    for i, c in enumerate(s):
        if MK0 <= ord(c) < MK0 + 256 or c in "\"“":
            continue
        return s[:i] + c.upper() + s[i + 1:]
    return s


class Ctx:
    pass


def fill(t, c):
    d = {"E": c.E, "W": c.W, "A": c.A, "she": c.she, "her": c.her, "country": c.country, "ocountry": c.ocountry,
         "fee": c.fee, "ded": c.ded, "dep": c.dep, "onemonth": c.wage_s, "labour": c.labour, "emb": c.emb,
         "Wp": c.Wp, "wage": c.wage_s, "day": c.day, "ocity": c.ocity, "job": c.job, "city": c.city,
         "Es": c.Es, "him": "her" if c.sex == "f" else "him"}
    out = t
    for k, v in d.items():
        out = out.replace("{" + k + "}", v)
    return out


def sentences_cap(s):
    # capitalise the text start and any start after ". " that begins with a lower-case "the"
    s = cap1(s)
    for key in (". the ", "; the "):
        pass
    return s


def typo(s):
    out = []
    dq = True
    for ch in s:
        if ch == "'":
            out.append("\u2019")
        elif ch == '"':
            out.append("\u201c" if dq else "\u201d")
            dq = not dq
        else:
            out.append(ch)
    return "".join(out)


# --------------------------------------------------------------- picking
class Picker:
    def __init__(self):
        self.used = {}

    def pick(self, rng, table, typ, forms, scope_ok, key):
        cands = [(i, v) for i, v in enumerate(table[typ]) if v[0] in forms and scope_ok(v[1])]
        if not cands:
            return None
        m = min(self.used.get((key, typ, i), 0) for i, _ in cands)
        best = [(i, v) for i, v in cands if self.used.get((key, typ, i), 0) == m]
        i, v = rng.choice(best)
        self.used[(key, typ, i)] = self.used.get((key, typ, i), 0) + 1
        return v


TOPIC = {"CTR-001": "docs", "CTR-002": "costs", "CTR-003": "term", "CTR-004": "rest", "CTR-005": "medical",
         "CTR-006": "conduct", "CTR-007": "pay", "CTR-008": "term", "CTR-009": "disputes"}


# ------------------------------------------------------------- contracts
def plan(rng):
    roles = ["abuse"] * 40 + ["clean"] * 6 + ["ctr010"] * 8 + ["pair"] * 6
    rng.shuffle(roles)
    # Indonesian: 6 abuse, 1 clean, 1 ctr010, 1 pair
    idx = {"abuse": [], "clean": [], "ctr010": [], "pair": []}
    for i, r in enumerate(roles):
        idx[r].append(i)
    ids = set(rng.sample(idx["abuse"], 6) + rng.sample(idx["clean"], 1) + rng.sample(idx["ctr010"], 1) + rng.sample(idx["pair"], 1))
    specs = []
    for i, r in enumerate(roles):
        s = dict(n=i + 1, role=r, lang="id" if i in ids else "en")
        if s["lang"] == "id":
            s["sector"] = rng.choice(["domestic", "domestic", "care"])
            s["dest"] = rng.choice(["HK", "TW", "MY", "SG"] if s["sector"] == "domestic" else ["TW", "HK"])
            s["orig"] = "ID"
            s["sex"] = "f"
        else:
            s["sector"] = rng.choice(["domestic"] * 5 + ["care", "construction", "construction", "construction", "factory", "factory",
                                      "hospitality", "hospitality", "plantation"])
            s["dest"] = rng.choice(SECT[s["sector"]]["dests"])
            s["orig"] = rng.choice([k for k in ORIG if k != "ID"])
            if s["sector"] in ("domestic", "care"):
                s["sex"] = "f"
            elif s["sector"] in ("construction", "plantation"):
                s["sex"] = "m"
            else:
                s["sex"] = rng.choice("fm")
        specs.append(s)
    # abusive type slots: 16x1, 16x2, 8x3 = 72 = 9 types x 8
    ab = [s for s in specs if s["role"] == "abuse"]
    for attempt in range(2000):
        sizes = [1] * 16 + [2] * 16 + [3] * 8
        rng.shuffle(sizes)
        pool = {t: 8 for t in TYPES}
        ok = True
        for s, k in zip(ab, sizes):
            allowed = [t for t in TYPES if pool[t] > 0 and okt(s, t, ABUSE_ID if s["lang"] == "id" else ABUSE)]
            if len(allowed) < k:
                ok = False
                break
            allowed.sort(key=lambda t: (-pool[t], t))
            top = allowed[:k + 2]
            ch = rng.sample(top, k)
            for t in ch:
                pool[t] -= 1
            s["types"] = ch
        if ok and all(v == 0 for v in pool.values()):
            break
    else:
        raise SystemExit("could not assign types")
    c10 = [s for s in specs if s["role"] == "ctr010"]
    missing = [["hours"], ["wage"], ["rest"], ["repat"], ["complaint"], ["rest", "complaint"], ["wage", "repat"], ["complaint"]]
    for s, m in zip(c10, missing):
        s["missing"] = m
    pairs = [s for s in specs if s["role"] == "pair"]
    changes = ["wage", "hours", "job", "wage", "identical", "rest-better"]
    for s, ch in zip(pairs, changes):
        s["change"] = ch
    # an id pair should be a wage change
    for s in pairs:
        if s["lang"] == "id" and s["change"] not in ("wage",):
            other = next(p for p in pairs if p["lang"] == "en" and p["change"] == "wage")
            other["change"], s["change"] = s["change"], "wage"
    return specs


def okt(s, t, table):
    if t == "CTR-005" and (s["sex"] != "f" or s["dest"] == "SG"):
        return False
    if t == "CTR-006" and s["dest"] == "SG":
        return False
    if t not in table:
        return False
    return True


def scope_fn(s):
    dom = s["sector"] in ("domestic", "care")
    return lambda sc: sc == "any" or (sc == "dom" and dom) or (sc == "site" and not dom)


def employer_names(s):
    d, sec = s["dest"], s["sector"]
    if sec in ("domestic", "care"):
        return {"HK": ["Ms. Lau Siu Fong", "Mr. Cheung Ka Wai", "Mrs. Wong Mei Ling"],
                "TW": ["Mr. Chen Wei-Ming", "Mrs. Huang Li-Hua", "Mr. Lin Chih-Hao"],
                "SG": ["Mr. Tan Boon Keat", "Mrs. Goh Siew Lan", "Mr. Rajan Menon"],
                "MY": ["Puan Rozita binti Ahmad", "Mr. Lim Kok Wah", "Encik Faizal bin Osman"],
                "JO": ["Mrs. Rania Haddad", "Mr. Zaid Al-Majali"],
                "LB": ["Mr. Samir Khoury", "Mrs. Nadine Aoun"]}.get(d, [
                "Mrs. Fatima Al-Hashimi", "Mr. Khalid Al-Otaibi", "Mr. Omar Al-Balushi", "Mrs. Noor Al-Sabah",
                "Mrs. Amal Al-Zayani", "Mr. Hamad Al-Marri"])
    if d == "MY":
        return {"plantation": ["Ladang Sri Kenanga Estate", "Harmoni Agro Plantations Berhad"],
                "factory": ["Tri-Star Precision Industries Sdn. Bhd.", "Penang Glove Manufacturing Sdn. Bhd."]}.get(sec, ["Bina Jaya Construction Sdn. Bhd."])
    if d == "TW":
        return ["Formosa Plastic Moulding Co., Ltd.", "Hsinchu Electronic Components Co., Ltd."]
    if d == "SG":
        return ["Eastern Steel Fabricators Pte. Ltd.", "Kallang Builders Pte. Ltd."]
    if d == "JO":
        return ["Al Hassan Garment Industries Co.", "Zarqa Textile Works"]
    if sec == "hospitality":
        return ["Marina Crest Hotel & Suites", "Desert Rose Resort", "Palm Court Hospitality Group"]
    return ["Gulf Horizon Contracting LLC", "Al Waha Building Works W.L.L.", "Arabian Shield Construction Co."]


def make_ctx(s, rng):
    c = Ctx()
    d = DEST[s["dest"]]
    o = ORIG[s["orig"]]
    sec = SECT[s["sector"]]
    c.country, c.city, c.cur, c.day = d["country"], d["city"], d["cur"], d["day"]
    c.ocountry, c.ocity, c.ocur = o[0], o[1], o[2]
    c.labour = d["labour"]
    c.emb = "the Embassy of %s" % o[0] if s["dest"] not in ("HK",) else "the Consulate General of %s" % o[0]
    if s["orig"] == "ID":
        c.emb = {"HK": "KJRI Hong Kong", "TW": "KDEI Taipei", "MY": "KBRI Kuala Lumpur", "SG": "KBRI Singapura"}.get(s["dest"], "KBRI")
    c.job = rng.choice(sec["job"])
    w = rng.choice(d["wages"])
    if s["sector"] in ("domestic", "care") and s["dest"] == "SG":
        w = rng.choice([700, 750, 800])
    if s["dest"] == "SG" and s["sector"] == "construction":
        w = rng.choice([1150, 1250])
    if s["dest"] == "TW":
        w = 20000 if s["sector"] in ("domestic", "care") else 28590
    c.wage = w
    c.fmt = rng.choice(d["fmt"])
    sep = "." if s["lang"] == "id" else ","
    c.money = lambda n: c.fmt.replace("{n}", fmt_num(n, sep))
    if s["lang"] == "id":
        c.money = lambda n: {"HKD": "HK$ ", "TWD": "NT$ ", "MYR": "RM ", "SGD": "SGD "}[c.cur] + fmt_num(n, ".")
    c.wage_s = c.money(w)
    step = max(1, w // 1000) * 10 if w >= 1000 else 5
    c.ded = c.money(int(round(w * 0.25 / step)) * step if step else w // 4)
    c.dep = c.money(w)
    feeamt = int(o[3] * rng.choice([0.8, 1.0, 1.2]))
    c.fee = (("Rp " + fmt_num(feeamt, ".")) if s["orig"] == "ID" else "%s %s" % (o[2], fmt_num(feeamt)))
    c.sex = s["sex"]
    c.she, c.her = ("she", "her") if s["sex"] == "f" else ("he", "his")
    if s["lang"] == "id":
        c.E, c.W, c.A = "Majikan", "PMI", "Agensi"
    else:
        c.E = rng.choice(sec["E"])
        c.W = rng.choice(sec["W"])
        c.A = rng.choice(ATERM)
        if s["dest"] in ("SA", "AE", "QA", "KW", "OM", "BH", "LB", "JO") and rng.random() < 0.4:
            c.E, c.W = "the First Party", "the Second Party"
    c.Es = c.E + "'s"
    c.Wp = c.W[0].upper() + c.W[1:] + "'s"
    if c.W.startswith("the "):
        c.Wp = "the " + c.W[4:] + "'s"
    c.agency = rng.choice(AGENCIES)
    c.ename = rng.choice(employer_names(s))
    if s["orig"] == "ID":
        c.wname = rng.choice(IDNAMES)
    else:
        c.wname = rng.choice(NAMES[s["orig"]][0 if s["sex"] == "f" else 1])
    return c


# ---------- mandatory element sentences (English)
def el_wage(c, rng, missing):
    if missing:
        return rng.choice([
            "The salary of {W} is set according to the grade structure of {E} and will be confirmed in writing after {her} arrival.",
            "Remuneration shall be in line with the prevailing scale for the position, as advised to {W} on commencement."])
    return rng.choice([
        "{W} shall be paid a basic monthly salary of {wage}.",
        "The consolidated salary of {W} amounts to {wage} a month and is paid not later than the seventh day of the following month.",
        "In consideration of the services rendered, {E} pays {W} {wage} per calendar month, in arrears.",
        "The agreed monthly wage is {wage}, exclusive of overtime and allowances."])


def el_hours(c, rng, dom):
    if dom:
        return rng.choice([
            "The working day of {W} does not exceed ten hours, within which {she} has breaks of at least two hours in total, and {she} has not less than nine consecutive hours of rest at night.",
            "Normal duties are performed between 7.00 a.m. and 7.00 p.m., of which two hours are free for meals and rest."])
    return rng.choice([
        "Normal working time is eight hours a day and forty-eight hours a week, with a one-hour meal break that does not count as working time.",
        "{W} works nine hours a day, from 7.00 a.m. to 5.00 p.m. with an hour for lunch, and any extra hour is paid as overtime at 125 per cent.",
        "Working hours are from 8.00 a.m. to 5.00 p.m., Saturday to Thursday, with a lunch break of one hour."])


def el_rest(c, rng):
    return rng.choice([
        "{W} is entitled to one full day of rest, of not less than twenty-four consecutive hours, in each week, normally on {day}.",
        "Every {day} is a paid day of rest for {W}.",
        "A weekly rest day of 24 hours, on {day} or another day agreed in writing, is granted to {W} with full pay."])


def el_repat(c, rng, missing):
    if missing:
        return rng.choice([
            "{E} provides the outward economy-class air ticket of {W} from {ocity} to {city} at the start of the employment.",
            "The flight of {W} from {ocountry} to take up this post is arranged and paid for by {E}."])
    return rng.choice([
        "At the end of the Contract, {E} shall provide {W} with an economy-class air ticket back to {ocity} at {Es} own cost.",
        "{E} bears the cost of repatriating {W} to {ocountry} when the employment ends, however it ends.",
        "Return passage of {W} to {ocountry}, on completion or any earlier termination of this Contract, is paid by {E}."])


def el_compl(c, rng):
    return rng.choice([
        "Complaints may be made to {A}, to {labour} or to {emb}, and {W} shall suffer no disadvantage for making one.",
        "A dispute that the parties cannot settle between themselves may be referred by either of them to {labour}; {W} may also seek the help of {emb}.",
        "{W} may report any problem at work to {labour} or to {emb}, whose contact details are given to {him} on arrival."])


def neutral(c, rng, key, dom):
    N = {
     "job": ["{E} engages {W} as {job} at {city}, and {W} accepts the engagement on the terms below.",
             "{W} shall perform the duties of {job} and such related tasks as are reasonable for that position."],
     "termlen": ["This Contract runs for two years from the date on which {W} arrives in {country}.",
                 "The period of employment is twenty-four months, renewable by mutual written agreement."],
     "paymethod": ["Payment is made by bank transfer or in cash against a signed receipt, and a copy of the receipt is given to {W}.",
                   "The wage is paid monthly, and any deduction must be shown on the payslip."],
     "leave": ["{W} is entitled to fourteen days of paid annual leave after each completed year of service.",
               "Public holidays recognised in {country} are given to {W} with pay."],
     "board": (["{E} provides {W} with free food and a furnished room of {her} own with a door that locks."] if dom else
               ["Free shared accommodation with no more than six persons a room, with bedding, lockers and washing facilities, is provided by {E}."]),
     "medical": ["{E} meets the cost of medical treatment of {W} and keeps {him} insured against work injury.",
                 "Sick leave with pay is granted on production of a medical certificate."],
     "docs": ["The work permit and residence permit of {W} are obtained and renewed by {E} at {Es} expense."],
     "costs": ["No deduction is made from wages except those required by law."],
     "conduct": ["{W} shall carry out {her} duties with care and respect the customs of {country}.",
                 "{W} shall follow reasonable instructions relating to the work and to safety."],
     "term": ["{E} may terminate this Contract for serious misconduct after hearing {W}.",
              "On termination, all wages and other sums due are paid to {W} in full."],
     "law": ["This Contract is governed by the laws of {country}.",
             "Any change to this Contract must be in writing, signed by both parties, and may not reduce the rights of {W}."],
     "probation": ["There is no probationary period.", "The first three months are a probationary period, during which either party may end the Contract on seven days' notice."],
     "holidays": ["Public holidays recognised in {country} are given to {W} with pay, or another paid day off in lieu when work is needed.",
                  "{W} is entitled to paid sick leave on production of a medical certificate, as provided by the law of {country}."],
     "insure": ["{E} maintains accident and medical insurance for {W} throughout the Term at {Es} own cost.",
                "Work-related injury or illness is compensated in accordance with the law of {country}."],
     "notice": ["Either party may end this Contract by one month's notice in writing.",
                "Termination for a reason not provided for in the law entitles {W} to compensation as that law provides."],
     "copy": ["Each party keeps a signed original of this Contract.", "The annexes form part of this Contract."],
     "lang": ["This Contract is made in English and in a language that {W} understands, and {W} received a copy before departure."],
    }
    return rng.choice(N[key])


def build_en(s, c, rng, picker, variant):
    dom = s["sector"] in ("domestic", "care")
    missing = s.get("missing", [])
    layout = s["layout"]
    sc = scope_fn(s)
    # sections: key -> [paragraph texts]
    sec = {}
    order = ["job", "termlen", "wage", "pay", "hours", "rest", "board", "medical", "docs", "costs", "conduct", "term",
             "repat", "disputes", "law"]
    titles = {"job": ["Position and Place of Work", "Appointment", "Duties"],
              "termlen": ["Duration", "Period of Contract", "Term"],
              "wage": ["Salary", "Remuneration", "Wages"],
              "pay": ["Payment of Wages", "Mode of Payment", "Method of Payment"],
              "hours": ["Hours of Work", "Working Time", "Working Hours"],
              "rest": ["Rest Days and Leave", "Weekly Rest and Holidays", "Leave and Days Off"],
              "board": ["Food and Accommodation", "Board and Lodging", "Accommodation"],
              "medical": ["Medical Care and Insurance", "Health", "Medical Benefits"],
              "docs": ["Permits and Documents", "Work Permit", "Travel Documents"],
              "costs": ["Recruitment Costs", "Costs and Deductions", "Fees"],
              "conduct": ["Conduct", "Obligations of the Worker", "Rules of Conduct"],
              "term": ["Termination", "Ending the Contract", "Resignation and Termination"],
              "repat": ["Repatriation", "Return Travel", "Air Ticket Home"],
              "disputes": ["Complaints and Disputes", "Grievances", "Settlement of Disputes"],
              "law": ["General Provisions", "Miscellaneous", "Governing Law"]}
    for k in order:
        sec[k] = []
    sec["job"].append(neutral(c, rng, "job", dom))
    sec["termlen"].append(neutral(c, rng, "termlen", dom))
    if "wage" in missing:
        sec["job"].append(el_wage(c, rng, True))
    else:
        sec["wage"].append(el_wage(c, rng, False))
    sec["pay"].append(neutral(c, rng, "paymethod", dom))
    if "hours" not in missing:
        sec["hours"].append(el_hours(c, rng, dom))
    if "rest" not in missing:
        sec["rest"].append(el_rest(c, rng))
    else:
        sec["hours"].append("{W} has at least eight consecutive hours of rest each night.")
        titles["rest"] = ["Annual Leave", "Leave and Holidays", "Leave"]
    sec["rest"].append(neutral(c, rng, "leave", dom))
    sec["board"].append(neutral(c, rng, "board", dom))
    sec["medical"].append(neutral(c, rng, "medical", dom))
    sec["docs"].append(neutral(c, rng, "docs", dom))
    sec["costs"].append(neutral(c, rng, "costs", dom))
    sec["conduct"].append(neutral(c, rng, "conduct", dom))
    sec["term"].append(neutral(c, rng, "term", dom))
    if "repat" in missing:
        sec["termlen"].append(el_repat(c, rng, True))
    else:
        sec["repat"].append(el_repat(c, rng, False))
        sec["repat"].append("Should {W} die in {country}, {E} repatriates the remains at {Es} cost.")
    if "complaint" not in missing:
        sec["disputes"].append(el_compl(c, rng))
    sec["law"].append(neutral(c, rng, "law", dom))
    for k, topic in (("probation", "termlen"), ("holidays", "rest"), ("insure", "medical"), ("notice", "term"), ("copy", "law")):
        if rng.random() < 0.6:
            sec[topic].append(neutral(c, rng, k, dom))
    if rng.random() < 0.5:
        sec["conduct"].append(neutral(c, rng, "conduct", dom))
    sec["law"].append(neutral(c, rng, "lang", dom))
    # element changes for pairs (destination version)
    if s["role"] == "pair" and variant == "dest":
        ch = s["change"]
        if ch == "hours":
            sec["hours"] = ["Normal working time is ten hours a day and sixty hours a week, with a one-hour meal break that does not count as working time."]
        if ch == "job":
            sec["job"] = ["{E} engages {W} as {job} at {city}, and in addition as cleaner of the staff quarters and driver's assistant whenever required, and {W} accepts the engagement on the terms below."]
        if ch == "rest-better":
            sec["rest"][0] = "{W} is entitled to two days of rest in each week, {day} and the day before it, with full pay."
    if s["role"] == "pair" and variant == "origin":
        if s["change"] == "hours":
            sec["hours"] = ["Normal working time is eight hours a day and forty-eight hours a week, with a one-hour meal break that does not count as working time."]
    # where elements live
    schedule_terms = layout in ("offer", "schedule")
    keyterms = []
    if schedule_terms:
        wage_line = None
        for k, label, val in (("wage", "Monthly salary", sec["wage"][0]), ("hours", "Working hours", sec["hours"][0] if sec["hours"] else None),
                              ("rest", "Weekly rest day", sec["rest"][0] if "rest" not in missing else None),
                              ("repat", "Return air ticket", sec["repat"][0] if "repat" not in missing else None),
                              ("disputes", "Help line", sec["disputes"][0] if sec["disputes"] else None)):
            if val is None:
                continue
            if k == "wage":
                v = ("{wage}, paid monthly by the 7th of the following month" if "wage" not in missing else None)
                if not sec["wage"]:
                    v = None
                if v:
                    keyterms.append(("Monthly salary", v))
                    sec["wage"] = []
            elif k == "hours":
                if variant == "dest" and s.get("change") == "hours":
                    keyterms.append(("Working hours", "10 a day, 60 a week, 1-hour meal break"))
                else:
                    keyterms.append(("Working hours", "8 a day, 48 a week, 1-hour meal break" if not dom else "not more than 10 a day, 9 hours' rest at night"))
                sec["hours"] = []
            elif k == "rest":
                if variant == "dest" and s.get("change") == "rest-better":
                    keyterms.append(("Weekly rest", "two days ({day} and the day before), paid"))
                else:
                    keyterms.append(("Weekly rest", "{day}, 24 hours, paid"))
                sec["rest"] = sec["rest"][1:]
            elif k == "repat":
                keyterms.append(("Return air ticket", "{ocity}, paid by {E}, however the contract ends"))
                sec["repat"] = sec["repat"][1:]
            elif k == "disputes":
                keyterms.append(("Help line", "{labour}; {emb}"))
                sec["disputes"] = []
        if "wage" in missing:
            pass
    # abusive and look-alike clauses
    items, rows, decls, defs = [], [], [], []
    labels = []
    mk = [0]
    key_ab = s["lang"] + "a"
    key_lk = s["lang"] + "l"

    def place(typ, v, abusive, caps=False):
        form, _, text = v
        t = fill(text, c)
        if abusive:
            m = chr(MK0 + mk[0])
            mk[0] += 1
            if "@" in t:
                t = t.replace("@", m)
            else:
                t = m + t
            labels.append((m, typ, form))
        t = t.replace("@", "")
        t = cap1(t)
        if caps:
            t = t.upper()
        if form == "prose":
            if "@" in text or rng.random() < 0.5 or not sec[TOPIC[typ]]:
                sec[TOPIC[typ]].append(t)
            else:
                sec[TOPIC[typ]][-1] = sec[TOPIC[typ]][-1] + " " + t
        elif form == "item":
            items.append(t)
        elif form == "row":
            rows.append(t)
        elif form == "decl":
            decls.append(t)
        elif form == "def":
            defs.append(t)

    forms_all = {"prose", "item", "row", "decl", "def"}
    types = s.get("types", [])
    caps_one = rng.random() < 0.2 and not s.get("allcaps") and bool(s.get("types"))
    s["caps1"] = caps_one
    lk_types = []
    if s["role"] != "pair" or True:
        avoid = set(types)
        nlk = {"abuse": 2, "clean": 6, "ctr010": 2, "pair": 3}[s["role"]]
        cand = [t for t in TYPES if t not in avoid and okt(s, t, LOOK)]
        if s["role"] == "ctr010":
            cand = [t for t in cand if t in ("CTR-001", "CTR-002", "CTR-003", "CTR-005", "CTR-006", "CTR-007")]
        cand.sort(key=lambda t: (picker.used.get(("lkcount", t), 0), rng.random()))
        lk_types = cand[:nlk]
        s["lk"] = lk_types
        for t in lk_types:
            picker.used[("lkcount", t)] = picker.used.get(("lkcount", t), 0) + 1
    pr = random.Random(s["n"] * 7919)  # variant choice identical for origin/dest
    allowed_forms = set(s["forms"])
    for typ in types:
        v = picker.pick(pr, ABUSE, typ, allowed_forms, sc, key_ab) if variant != "origin_skip" else None
        place(typ, v, True, caps=caps_one and typ == types[0])
    for typ in lk_types:
        v = picker.pick(pr, LOOK, typ, allowed_forms, sc, key_lk)
        if s["role"] == "ctr010":
            bad = ("{onemonth}", "rest", "hour", "return", "ticket", "authorit", "complain", "report", "labour", "police", "embassy",
                   "salary", "wage", "pay")
            tries = 0
            while any(b in v[2].lower() for b in bad) and tries < 20:
                v = picker.pick(pr, LOOK, typ, allowed_forms, sc, key_lk)
                tries += 1
        place(typ, v, False)
    return sec, order, titles, keyterms, items, rows, decls, defs, labels


def render_en(s, c, rng, variant, parts):
    sec, order, titles, keyterms, items, rows, decls, defs, labels = parts
    layout = s["layout"]
    width = s["width"]
    out = []  # list of (text, wrapflag, first, indent)
    P = lambda text, first="", indent="": out.append(("p", text, first, indent))
    R = lambda text: out.append(("r", text))
    B = lambda: out.append(("r", ""))
    ref = "EC-%s-%03d" % (s["dest"], 100 + s["n"] * 3)
    # title / parties
    if layout == "offer":
        R(c.ename.upper() if not c.ename.startswith(("Mr", "Mrs", "Ms")) else "Household of " + c.ename)
        R("Ref.: %s" % ref)
        B()
        R("From: %s" % c.ename)
        R("To: %s, %s national" % (c.wname, ORIG[s["orig"]][4]))
        R("Through: %s (%s)" % (c.agency, c.A))
        B()
        R("LETTER OF OFFER AND CONTRACT OF EMPLOYMENT")
        if s["role"] == "pair":
            R("(Version signed in %s before departure)" % c.ocity if variant == "origin" else
              "(Version signed in %s after arrival)" % c.city)
        B()
        P("Dear %s," % c.wname.split()[0])
        B()
        P(fill("We are pleased to offer you employment as {job} in {country}. In this letter you are called {W}, the undersigned employer is {E}, and %s is {A}. The key terms are set out below and the General Conditions that follow form part of this offer." % c.agency, c))
    else:
        R(rng.choice(["EMPLOYMENT CONTRACT", "CONTRACT OF EMPLOYMENT", "STANDARD EMPLOYMENT CONTRACT FOR FOREIGN WORKERS",
                      "EMPLOYMENT AGREEMENT"]))
        if s["role"] == "pair":
            B()
            R("(Version signed in %s before departure)" % c.ocity if variant == "origin" else
              "(Version signed in %s after arrival)" % c.city)
        B()
        pre = s["pre"]
        Eb, Wb, Ab = c.E[4:] if c.E.startswith("the ") else c.E, c.W[4:] if c.W.startswith("the ") else c.W, c.A[4:]
        if pre == "gulf":
            R("First Party (%s): %s" % (Eb, c.ename))
            R("Second Party (%s): %s, passport holder of %s" % (Wb, c.wname, c.ocountry))
            R("Recruitment office (%s): %s" % (Ab, c.agency))
            B()
            P("The two parties, having full legal capacity, agree as follows:")
        elif pre == "hereinafter":
            P("This Contract is entered into at %s between %s (hereinafter referred to as \"%s\") and %s, a national of %s (hereinafter referred to as \"%s\"), through %s (hereinafter \"%s\")." % (
                c.city, c.ename, Eb, c.wname, c.ocountry, Wb, c.agency, Ab))
        elif pre == "table":
            R("Party            | Name                                  | Referred to as")
            R("-----------------+---------------------------------------+----------------")
            R("Employer         | %-37s | %s" % (c.ename, c.E))
            R("Worker           | %-37s | %s" % (c.wname, c.W))
            R("Placement agency | %-37s | %s" % (c.agency, c.A))
        else:  # recitals
            R("BETWEEN")
            P("%s (\"%s\")" % (c.ename, Eb))
            R("AND")
            P("%s (\"%s\")" % (c.wname, Wb))
            R("WITH THE PARTICIPATION OF")
            P("%s (\"%s\")" % (c.agency, Ab))
            B()
            P(fill("WHEREAS {E} wishes to employ {W} as {job} and {W} wishes to accept that employment, NOW IT IS AGREED as follows:", c))
    B()
    def keyblock(title):
        R(title)
        if layout == "schedule":
            B()
        kt = [("Position", c.job), ("Place of work", c.city)] + keyterms
        for k, v in kt:
            P(fill(v, c), "%-20s" % (k + ":"), " " * 20)
        B()
    if keyterms and layout == "offer":
        keyblock("KEY TERMS")
    if keyterms and layout == "schedule":
        P(fill("The particulars set out in Schedule 1 form part of this Contract and bind {E} and {W} alike.", c))
        B()
    # definitions
    if defs or s["defs"]:
        entries = [fill(x, c) for x in ["\"Contract\" means this agreement and its annexes.",
                                         "\"Term\" means the period of employment stated in this Contract.",
                                         "\"Wages\" means the remuneration payable in money under this Contract."]] + defs
        entries.sort(key=lambda x: x.lstrip("\ue000\ue001\ue002\ue003\ue004\ue005\ue006\ue007\"“").lower())
        body = [("p", e) for e in entries]
        sec_list = [("defs", "Definitions", ["In this Contract:"] + entries)]
    else:
        sec_list = []
    for k in order:
        if k in ("wage", "hours", "rest", "repat", "disputes") and not sec[k]:
            continue
        if not sec[k]:
            continue
        sec_list.append((k, rng.choice(titles[k]), sec[k]))
    if layout == "offer":
        R("GENERAL CONDITIONS")
        B()
    n = 0
    flatn = 0
    for k, title, paras in sec_list:
        n += 1
        paras = [fill(p, c) if "{" in p else p for p in paras]
        paras = [cap1(p) for p in paras]
        if layout == "gulf":
            R("Article (%d): %s" % (n, title))
            for j, p in enumerate(paras):
                P(p, "%d- " % (j + 1), "   ")
            B()
        elif layout == "dot":
            R("%d. %s" % (n, title.upper()))
            for j, p in enumerate(paras):
                P(p, "%d.%d  " % (n, j + 1), "      ")
            B()
        elif layout == "roman":
            R("ARTICLE %s - %s" % (ROMAN[n - 1], title.upper()))
            for j, p in enumerate(paras):
                P(p, "(%s) " % "abcdefgh"[j], "    ")
            B()
        elif layout == "clause":
            R("Clause %d - %s" % (n, title))
            for j, p in enumerate(paras):
                P(p, "%d(%s) " % (n, "abcdefgh"[j]), "     ")
            B()
        elif layout == "inline":
            P("%s. %s" % (title.upper(), paras[0]), "%d. " % n, "   ")
            for p in paras[1:]:
                P(p, "   ", "   ")
            B()
        else:  # flat / offer
            for p in paras:
                flatn += 1
                P(p, "%d. " % flatn, "    " if flatn >= 10 else "   ")
                B()
    # annexes
    if keyterms and layout == "schedule":
        keyblock("SCHEDULE 1 - PARTICULARS OF EMPLOYMENT")
    s["table"] = bool(rows or s["table"])
    s["annex"] = bool(items or s["annex"])
    s["decl"] = bool(decls or s["decl"])
    s["defs"] = bool(defs or s["defs"])
    if rows or s["table"]:
        R(rng.choice(["SCHEDULE 2 - RECRUITMENT COSTS AND WHO PAYS THEM", "Annex 1: Statement of Costs and Deductions",
                      "APPENDIX A - COST BREAKDOWN"]))
        B()
        base = [fill(x, c) for x in ["Work visa and residence permit | at cost | {E}", "Outward air ticket | at cost | {E}",
                                      "Pre-departure orientation | free | -"]]
        allrows = base + rows
        rng.shuffle(allrows)
        tab = []
        for r in allrows:
            cells = [x.strip() for x in r.split("|")]
            lead = ""
            if cells[0] and MK0 <= ord(cells[0][0]) < MK0 + 256:
                lead, cells[0] = cells[0][0], cells[0][1:]
            tab.append((lead, cells))
        w0 = max([len("Item")] + [len(t[1][0]) for t in tab]) + 1
        w1 = max([len("Amount")] + [len(t[1][1]) for t in tab]) + 1
        R("%-*s| %-*s| %s" % (w0, "Item", w1, "Amount", "Paid by"))
        R("-" * w0 + "+" + "-" * (w1 + 1) + "+" + "-" * 22)
        for lead, cells in tab:
            R(lead + "%-*s| %-*s| %s" % (w0, cells[0], w1, cells[1], cells[2]))
        B()
    if items or s["annex"]:
        R(rng.choice(["ANNEX A - HOUSE RULES", "Appendix 2: Rules of Accommodation and Conduct (part of this Contract)",
                      "SCHEDULE 3 - RULES OF THE HOUSEHOLD" if s["sector"] in ("domestic", "care") else "SCHEDULE 3 - SITE RULES"]))
        B()
        base = ["Keep your room and the common areas clean and tidy.", "Smoking is allowed only in the marked area.",
                "Report any injury or illness to your supervisor on the same day."] if s["sector"] not in ("domestic", "care") else [
                "Keep the kitchen and your own room clean.", "Ask before using the washing machine for personal laundry.",
                "Tell the employer if you feel unwell."]
        allit = base + items
        rng.shuffle(allit)
        for j, it in enumerate(allit):
            pref = "- " if s["bullets"] else "%d) " % (j + 1)
            P(it, pref, " " * len(pref))
        B()
    if decls or s["decl"]:
        R(rng.choice(["WORKER'S DECLARATION", "Acknowledgement by the Worker"]))
        B()
        P("I, %s, confirm that:" % c.wname)
        base = ["this Contract was explained to me in a language I understand before I signed it;",
                "I received a signed copy of this Contract;"]
        allit = base + [d[:-1] + ";" if d.endswith(".") else d for d in decls]
        for j, it in enumerate(allit):
            if j == len(allit) - 1:
                it = it[:-1] + "."
            pref = "(%s) " % ["i", "ii", "iii", "iv", "v", "vi"][j]
            P(it, pref, " " * len(pref))
        B()
    R("Signed:")
    B()
    R("________________________          ________________________")
    R("%-34s%s" % (c.E[0].upper() + c.E[1:] if c.E[0].islower() else c.E, c.W[0].upper() + c.W[1:]))
    B()
    R("Witnessed by %s" % c.agency)
    # wrap
    lines = []
    hy = s["hyph"]
    tf = typo if s["typo"] else (lambda x: x)
    for o in out:
        if o[0] == "r":
            lines.append(tf(o[1]))
        else:
            lines.extend(wrap(tf(o[1]), width, o[2], o[3], hy))
    return lines, ref


def build_id(s, c, rng, picker, variant):
    missing = s.get("missing", [])
    dom = True
    sc = scope_fn(s)
    wage = c.wage_s
    if s["role"] == "pair" and variant == "dest":
        wage = c.money(c.wage - (800 if c.cur == "HKD" else 3000 if c.cur == "TWD" else 300 if c.cur == "MYR" else 100))
    A = {}
    A["Jabatan dan Tempat Kerja"] = ["Majikan mempekerjakan PMI sebagai penata laksana rumah tangga di %s." % c.city if s["sector"] == "domestic"
                                      else "Majikan mempekerjakan PMI sebagai perawat orang lanjut usia di %s." % c.city]
    A["Jangka Waktu"] = ["Perjanjian kerja ini berlaku selama dua tahun sejak PMI tiba di negara penempatan."]
    A["Gaji"] = ["Majikan membayar gaji PMI sebesar %s per bulan, paling lambat tanggal 7 bulan berikutnya." % wage,
                 "Gaji dibayarkan melalui rekening bank atas nama PMI dan setiap pembayaran disertai slip gaji."]
    if "wage" in missing:
        A["Gaji"][0] = "Besarnya gaji PMI mengikuti ketentuan Majikan dan akan diberitahukan setelah PMI tiba."
    A["Jam Kerja"] = ["Jam kerja PMI paling lama sepuluh jam sehari, dan PMI berhak atas istirahat malam sekurang-kurangnya sembilan jam berturut-turut."]
    A["Hari Libur dan Cuti"] = ["PMI berhak atas satu hari libur penuh (24 jam) setiap hari Minggu dengan upah penuh.",
                                "PMI berhak atas cuti tahunan dan hari libur nasional sesuai hukum setempat."]
    if "rest" in missing:
        A["Hari Libur dan Cuti"] = A["Hari Libur dan Cuti"][1:]
    if "hours" in missing:
        del A["Jam Kerja"]
    A["Makan dan Tempat Tinggal"] = ["Majikan menyediakan makan secara cukup dan kamar tidur yang layak bagi PMI tanpa biaya."]
    A["Kesehatan dan Asuransi"] = ["Biaya pengobatan dan asuransi PMI ditanggung oleh Majikan."]
    A["Dokumen"] = ["Izin kerja PMI diperpanjang oleh Majikan atas biaya Majikan."]
    A["Biaya Penempatan"] = ["Biaya visa, pemeriksaan kesehatan dan tiket keberangkatan ditanggung oleh Majikan."]
    A["Pemutusan Hubungan Kerja"] = ["Apabila perjanjian kerja berakhir, seluruh gaji yang menjadi hak PMI dibayarkan penuh."]
    A["Kepulangan"] = ["Majikan menanggung tiket pesawat kepulangan PMI ke Indonesia pada akhir masa kontrak atau apabila kontrak berakhir lebih awal."]
    if "repat" in missing:
        A["Kepulangan"] = ["Majikan menyediakan tiket keberangkatan PMI dari Jakarta ke %s." % c.city]
    A["Pengaduan"] = ["PMI dapat menyampaikan pengaduan kepada Agensi, kepada %s atau kepada %s, dan pengaduan tersebut tidak boleh merugikan PMI." % (
        {"HK": "Labour Department Hong Kong", "TW": "Layanan 1955", "MY": "Jabatan Tenaga Kerja", "SG": "Ministry of Manpower"}[s["dest"]], c.emb)]
    if "complaint" in missing:
        del A["Pengaduan"]
    A["Penutup"] = ["Perjanjian ini dibuat dalam bahasa Indonesia dan bahasa Inggris, dan PMI menerima salinannya sebelum berangkat."]
    topic = {"CTR-001": "Dokumen", "CTR-002": "Biaya Penempatan", "CTR-003": "Pemutusan Hubungan Kerja", "CTR-004": "Hari Libur dan Cuti",
             "CTR-005": "Kesehatan dan Asuransi", "CTR-006": "Penutup", "CTR-007": "Gaji", "CTR-008": "Pemutusan Hubungan Kerja",
             "CTR-009": "Pengaduan" if "Pengaduan" in A else "Penutup"}
    items, labels = [], []
    mk = [0]
    pr = random.Random(s["n"] * 7919)

    def place(typ, v, abusive):
        t = fill(v[2], c)
        if abusive:
            m = chr(MK0 + mk[0])
            mk[0] += 1
            t = m + t
            labels.append((m, typ, "id-" + v[0]))
        if v[0] == "item":
            items.append(t)
        else:
            A[topic[typ]].append(t)

    for typ in s.get("types", []):
        place(typ, picker.pick(pr, ABUSE_ID, typ, {"prose", "item"}, sc, "ida"), True)
    nlk = {"abuse": 2, "clean": 6, "ctr010": 2, "pair": 3}[s["role"]]
    cand = [t for t in TYPES if t not in s.get("types", []) and okt(s, t, LOOK_ID)]
    if s["role"] == "ctr010":
        cand = [t for t in cand if t in ("CTR-001", "CTR-002", "CTR-003", "CTR-005", "CTR-006")]
    cand.sort(key=lambda t: (picker.used.get(("lkcount", t), 0), pr.random()))
    lk = cand[:nlk]
    s["lk"] = lk
    for t in lk:
        picker.used[("lkcount", t)] = picker.used.get(("lkcount", t), 0) + 1
        place(t, picker.pick(pr, LOOK_ID, t, {"prose", "item"}, sc, "idl"), False)
    out = []
    R = lambda x: out.append(("r", x))
    P = lambda x, f="", i="": out.append(("p", x, f, i))
    R("PERJANJIAN KERJA PEKERJA MIGRAN INDONESIA")
    if s["role"] == "pair":
        R("(Naskah yang ditandatangani di Jakarta sebelum keberangkatan)" if variant == "origin" else
          "(Naskah yang ditandatangani di %s setelah kedatangan)" % c.city)
    R("")
    P("Yang bertanda tangan di bawah ini:")
    P("%s, beralamat di %s, selanjutnya disebut \"Majikan\";" % (c.ename, c.city), "1. ", "   ")
    P("%s, warga negara Indonesia, selanjutnya disebut \"PMI\";" % c.wname, "2. ", "   ")
    P("melalui %s sebagai mitra usaha, selanjutnya disebut \"Agensi\"." % c.agency)
    P("Para pihak sepakat untuk mengikatkan diri dalam perjanjian kerja dengan ketentuan sebagai berikut:")
    R("")
    n = 0
    for title, paras in A.items():
        n += 1
        if s["layout"] == "pasal":
            R("Pasal %d" % n)
            R(title)
            for j, p in enumerate(paras):
                P(p, "(%d) " % (j + 1), "    ")
        else:
            R("PASAL %d - %s" % (n, title.upper()))
            for j, p in enumerate(paras):
                P(p, "%s. " % "abcdefg"[j], "   ")
        R("")
    if items:
        R("LAMPIRAN - TATA TERTIB RUMAH")
        R("")
        base = ["Menjaga kebersihan dapur dan kamar sendiri.", "Memberitahu Majikan apabila merasa sakit."] + items
        pr.shuffle(base)
        for j, it in enumerate(base):
            P(it, "%d) " % (j + 1), "   ")
        R("")
    R("Ditandatangani oleh:")
    R("")
    R("Majikan ______________      PMI ______________      Agensi ______________")
    lines = []
    for o in out:
        if o[0] == "r":
            lines.append(o[1])
        else:
            lines.extend(wrap(o[1], s["width"], o[2], o[3], False))
    return lines, labels, items


def add_footers(lines, s, ref, rng_seed):
    if not s["footer"]:
        return lines
    r = random.Random(rng_seed)
    every = r.randint(38, 48)
    style = s["footer"]
    total = (len(lines) + every - 1) // every + 0
    out = []
    page = 1
    for i, l in enumerate(lines):
        if i and i % every == 0:
            page += 1
            out.append(style.format(p=page - 1, ref=ref, t=total))
        out.append(l)
    out.append(style.format(p=page, ref=ref, t=total))
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(SEED)
    specs = plan(rng)
    picker = Picker()
    layouts_en = ["gulf", "dot", "roman", "clause", "inline", "flat", "offer", "schedule"]
    os.makedirs(os.path.join(outdir, "texts"), exist_ok=True)
    labrows, crows, comp = [], [], []
    debug = []
    for s in specs:
        s["id"] = "N-%03d" % s["n"]
        if s["lang"] == "en":
            gulfish = s["dest"] in ("SA", "AE", "QA", "KW", "OM", "BH", "LB", "JO")
            s["layout"] = rng.choice(layouts_en if gulfish else [l for l in layouts_en if l != "gulf"])
            s["pre"] = "gulf" if s["layout"] == "gulf" else rng.choice(["hereinafter", "table", "recitals"])
        else:
            s["layout"] = rng.choice(["pasal", "pasal_inline"])
            s["pre"] = "id"
        s["width"] = rng.randint(66, 82)
        s["hyph"] = rng.random() < 0.3
        s["allcaps"] = s["lang"] == "en" and rng.random() < 0.05
        s["typo"] = s["lang"] == "en" and rng.random() < 0.25
        s["table"] = rng.random() < 0.4
        s["annex"] = rng.random() < 0.3
        s["decl"] = rng.random() < 0.35
        s["defs"] = rng.random() < 0.2
        s["bullets"] = rng.random() < 0.3
        s["forms"] = ["prose", "item", "row", "decl", "def"] if rng.random() < 0.75 else ["prose"]
        s["footer"] = rng.choice([None, "Page {p} of {t}", "- {p} -", "{ref}    page {p}/{t}    initials ______ / ______",
                                  "Employment Contract {ref} | p. {p}"]) if s["lang"] == "en" else rng.choice(
                                  [None, "Halaman {p} dari {t}", "Hal. {p}/{t}    Paraf: ______ / ______"])
        c = make_ctx(s, rng)
        state = rng.getstate()
        versions = ["origin", "dest"] if s["role"] == "pair" else ["dest"]
        saved = dict(picker.used)
        cdest = c
        if s["role"] == "pair" and s["change"] == "wage" and s["lang"] == "en":
            import copy
            cdest = copy.copy(c)
            cdest.wage_s = c.money(c.wage - max(1, c.wage // 6) // 10 * 10)
        for variant in versions:
            rng.setstate(state)
            sub = random.Random(s["n"] * 104729)
            pk = picker
            if variant == "origin":
                pk = Picker()
                pk.used = dict(saved)
            cv = cdest if variant == "dest" else c
            if s["lang"] == "en":
                parts = build_en(s, cv, sub, pk, variant)
                lines, ref = render_en(s, cv, sub, variant, parts)
                labels = parts[8]
                if s["role"] == "pair" and variant == "dest" and s["change"] == "wage":
                    pass
            else:
                lines, labels, iditems = build_id(s, cv, sub, pk, variant)
                s["table"] = s["decl"] = s["defs"] = s["bullets"] = False
                s["annex"] = bool(iditems)
                ref = s["id"]
            lines = add_footers(lines, s, ref, s["n"] * 31)
            if s["allcaps"]:
                lines = [l if l.startswith(("Page", "- ", "EC-", "Employment Contract")) else l.upper() for l in lines]
            found = []
            for m, typ, form in labels:
                hit = [i for i, l in enumerate(lines) if m in l]
                assert len(hit) == 1, (s["id"], typ)
                found.append((hit[0] + 1, typ))
                if variant == "dest" and os.environ.get("C9_DEBUG"):
                    l = lines[hit[0]]
                    debug.append("%s %s %d %s | %s" % (s["id"], typ, hit[0] + 1, form, l[l.index(m) + 1:][:90]))
            lines = ["".join(ch for ch in l if not (MK0 <= ord(ch) < MK0 + 256)).rstrip() for l in lines]
            name = s["id"] + (".origin.txt" if variant == "origin" else ".txt")
            with open(os.path.join(outdir, "texts", name), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(lines) + "\n")
        s["lines"] = len(lines)
        found.sort()
        if s["role"] == "abuse":
            for ln, typ in found:
                labrows.append("%s,%s,%s,%d" % (s["id"], s["lang"], typ, ln))
        elif s["role"] == "ctr010":
            labrows.append("%s,%s,CTR-010," % (s["id"], s["lang"]))
        elif s["role"] == "pair" and s["change"] in ("wage", "hours", "job"):
            labrows.append("%s,%s,CTR-011," % (s["id"], s["lang"]))
        crows.append("%s,%s,%d,%s" % (s["id"], s["lang"], c.wage, c.cur))
        detail = {"abuse": " ".join(t for _, t in found), "clean": "", "ctr010": "+".join(s.get("missing", [])),
                  "pair": s.get("change", "")}[s["role"]]
        sched = "+".join(x for x, f in (("table", s["table"]), ("annex", s["annex"]), ("declaration", s["decl"])) if f) or "0"
        pov = {"gulf": "parties", "hereinafter": "terms", "table": "table", "recitals": "recitals", "id": "id"}[s["pre"]]
        if s["layout"] == "offer":
            pov = "letter"
        comp.append([s["id"], s["lang"], s["role"], s["sector"], s["dest"], s["orig"], detail, " ".join(s.get("lk", [])),
                     pov, s["layout"], "none" if s["layout"] in ("flat", "offer", "schedule") else ("pasal" if s["lang"] == "id" else ("inline" if s["layout"] == "inline" else "line")),
                     "2" if s["allcaps"] else ("1" if s.get("caps1") else "0"), "1" if s["typo"] else "0", sched, "1" if s["bullets"] else "0", "0",
                     "1" if s["defs"] else "0", "", str(s["lines"])])
    if debug:
        os.makedirs(os.path.join(outdir, "debug"), exist_ok=True)
        with open(os.path.join(outdir, "debug", "markers.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(debug) + "\n")
    with open(os.path.join(outdir, "labels.csv"), "w", newline="\n") as f:
        f.write("contract,language,rule,line\n" + "\n".join(labrows) + "\n")
    with open(os.path.join(outdir, "contracts.csv"), "w", newline="\n") as f:
        f.write("contract,language,wage,currency\n" + "\n".join(crows) + "\n")
    with open(os.path.join(outdir, "composition.csv"), "w", newline="\n") as f:
        f.write("contract,language,role,sector,destination,origin,detail,lookalike_types,pov,numbering,headings,caps,"
                "typographic,schedule,bullets,footnote,definitions,bilingual,lines\n")
        for r in comp:
            f.write(",".join(r) + "\n")


if __name__ == "__main__":
    main()
