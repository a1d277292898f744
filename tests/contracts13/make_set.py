#!/usr/bin/env python3
"""Generate contract evaluation batch 13 (S-*). Deterministic, stdlib only.

Usage: python3 make_set.py [outdir]   (default: this folder)
Prints every labelled line with the line before it, the pair diffs and a
look-alike usage summary.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variants import ABUSE, LOOK  # noqa: E402

SEED = 20261313
RULES = ["CTR-%03d" % i for i in range(1, 10)]

# ---------------------------------------------------------------- places
DEST = {
    "MY": dict(country="Malaysia", cities=["Kuala Lumpur", "Johor Bahru", "Penang"], cur="MYR", sym="RM", sp="",
               labour="the Labour Department of Peninsular Malaysia (JTK, 03-8886 5000)",
               firms={"construction": "Sri Andalas Builders Sdn. Bhd.", "manufacturing": "Kenanga Precision Moulding Sdn. Bhd.", "plantation": "Ladang Bukit Merah Sdn. Bhd."},
               homes=["Encik Faizal bin Rahman", "Puan Lee Mei Ling"]),
    "SG": dict(country="Singapore", cities=["Singapore"], cur="SGD", sym="S$", sp="",
               labour="the Ministry of Manpower (6438 5122)",
               firms={"cleaning": "Brightwave Facility Services Pte. Ltd."},
               homes=["Mrs Tan Hui Min"]),
    "HK": dict(country="Hong Kong", cities=["Hong Kong"], cur="HKD", sym="HK$", sp="",
               labour="the Labour Department (2717 1771)",
               firms={},
               homes=["Mrs Chan Wai Ling", "Mr Leung Ka Ho", "Ms Wong Siu Fan"]),
    "TW": dict(country="Taiwan", cities=["Taoyuan", "Taichung", "Tainan"], cur="TWD", sym="NT$", sp="",
               labour="the 1955 Labour Consultation and Complaint Hotline",
               firms={"manufacturing": "Hsin Feng Electronics Co., Ltd."},
               homes=["Mr Lin Chih-Ming", "Mrs Huang Shu-Fen"]),
    "SA": dict(country="Saudi Arabia", cities=["Riyadh", "Jeddah"], cur="SAR", sym="SAR ", sp="",
               labour="the Ministry of Human Resources and Social Development (19911)",
               firms={"construction": "Al Waha Contracting Co."}, homes=["Mr Abdullah Al Harbi", "Mrs Nouf Al Qahtani"]),
    "AE": dict(country="the United Arab Emirates", cities=["Dubai", "Abu Dhabi"], cur="AED", sym="AED ", sp="",
               labour="the Ministry of Human Resources and Emiratisation (600 590000)",
               firms={"hospitality": "Palm Crescent Hospitality LLC", "cleaning": "Gulf Shine Cleaning Services LLC"},
               homes=["Mr Saeed Al Mansoori"]),
    "QA": dict(country="Qatar", cities=["Doha"], cur="QAR", sym="QAR ", sp="",
               labour="the Ministry of Labour (16008)",
               firms={"cleaning": "Pearl Coast Cleaning W.L.L.", "construction": "Al Dafna Building Contractors W.L.L."},
               homes=["Mr Khalid Al Kuwari"]),
    "KW": dict(country="Kuwait", cities=["Kuwait City"], cur="KWD", sym="KWD ", sp="",
               labour="the Domestic Labour Department of the Public Authority for Manpower",
               firms={}, homes=["Mrs Fatma Al Enezi", "Mr Yousef Al Rashidi"]),
    "OM": dict(country="Oman", cities=["Muscat"], cur="OMR", sym="OMR ", sp="",
               labour="the Ministry of Labour (80077000)",
               firms={"hospitality": "Qurum Heights Hotel LLC", "construction": "Batinah Roadworks LLC"}, homes=["Mr Salim Al Busaidi"]),
    "BH": dict(country="Bahrain", cities=["Manama"], cur="BHD", sym="BHD ", sp="",
               labour="the Labour Market Regulatory Authority (17506055)",
               firms={"hospitality": "Seef Marina Hotel W.L.L."}, homes=["Mrs Maryam Al Khalifa"]),
    "JO": dict(country="Jordan", cities=["Amman", "Irbid"], cur="JOD", sym="JOD ", sp="",
               labour="the Ministry of Labour complaints line (065802666)",
               firms={"hospitality": "Dead Sea View Hotels Co."}, homes=["Mrs Rania Haddad", "Mr Omar Khalil"]),
}

ORIG = {
    "PH": dict(f=["Maricel Dela Cruz", "Jonalyn Reyes", "Rowena Bautista"], m=["Arnel Santos"],
               agency="Luzon Bright Manpower Services Inc.", home="Manila", emb="the Philippine Embassy or Migrant Workers Office",
               fee="PHP 60,000"),
    "ID": dict(f=["Siti Rohmah", "Dewi Lestari", "Nur Aini", "Sri Wahyuni"], m=["Agus Salim", "Wahyu Prasetyo"],
               agency="PT Sinar Mulia Jaya Abadi", home="Jakarta", emb="the Indonesian Embassy (KBRI)",
               fee="Rp 30.000.000"),
    "NP": dict(f=["Sita Gurung"], m=["Ram Bahadur Thapa", "Bishnu Magar"], agency="Himal Overseas Pvt. Ltd.",
               home="Kathmandu", emb="the Embassy of Nepal", fee="NPR 180,000"),
    "BD": dict(f=["Shirin Akter"], m=["Md. Rafiqul Islam", "Abdul Karim"], agency="Padma Human Resources Ltd.",
               home="Dhaka", emb="the Embassy of Bangladesh", fee="BDT 350,000"),
    "LK": dict(f=["Kumari Perera", "Nadeeka Silva"], m=["Sunil Fernando"], agency="Lanka Crest Employment Agency",
               home="Colombo", emb="the Sri Lanka Embassy", fee="LKR 450,000"),
    "IN": dict(f=["Lakshmi Nair", "Mary Joseph"], m=["Rajesh Kumar"], agency="Malabar Global Placements",
               home="Kochi", emb="the Embassy of India", fee="INR 120,000"),
    "KE": dict(f=["Faith Wanjiru", "Mercy Achieng"], m=["Peter Otieno"], agency="Rift Horizon Recruitment Ltd.",
               home="Nairobi", emb="the Embassy of Kenya", fee="KES 110,000"),
    "UG": dict(f=["Grace Nakato", "Sarah Namubiru"], m=["Joseph Ssempala"], agency="Pearl Link Labour Exports Ltd.",
               home="Entebbe", emb="the Embassy of Uganda", fee="UGX 3,500,000"),
    "MM": dict(f=["Thandar Aye", "Khin Myo Win"], m=["Aung Ko Ko"], agency="Golden Lotus Overseas Co.",
               home="Yangon", emb="the Embassy of Myanmar", fee="MMK 2,500,000"),
    "VN": dict(f=["Nguyen Thi Hoa", "Le Thi Mai"], m=["Tran Van Duc"], agency="Hong Lam Manpower JSC",
               home="Hanoi", emb="the Vietnam Economic and Cultural Office", fee="VND 90,000,000"),
    "ET": dict(f=["Tigist Alemu", "Hirut Bekele"], m=["Dawit Tesfaye"], agency="Abay Employment Agency PLC",
               home="Addis Ababa", emb="the Embassy of Ethiopia", fee="ETB 60,000"),
}

JOB = {"domestic": "domestic worker", "care": "caregiver", "construction": "mason",
       "manufacturing": "production operator", "hospitality": "room attendant", "cleaning": "cleaner",
       "plantation": "harvester"}
JOB_ID = {"domestic": "penata laksana rumah tangga", "care": "perawat lansia",
          "manufacturing": "operator produksi", "plantation": "pemanen kelapa sawit"}
HOUSEHOLD = ("domestic", "care")

# ---------------------------------------------------------------- the plan
# (key, role, lang, sector, dest, origin, wage, detail)
#  abuse: detail = list of (rule, variant index)
#  ctr010: detail = list of missing elements; pair: detail = change
PLAN = [
    ("A01", "abuse", "en", "construction", "MY", "BD", 1700, [("CTR-001", 0), ("CTR-002", 1), ("CTR-003", 3)]),
    ("A02", "abuse", "en", "domestic", "SA", "PH", 1500, [("CTR-004", 0), ("CTR-005", 0)]),
    ("A03", "abuse", "en", "domestic", "JO", "LK", 300, [("CTR-006", 0)]),
    ("A04", "abuse", "en", "domestic", "KW", "IN", 120, [("CTR-007", 0), ("CTR-008", 2), ("CTR-009", 4)]),
    ("A05", "abuse", "id", "manufacturing", "TW", "ID", 28590, [("CTR-001", 5), ("CTR-002", 5)]),
    ("A06", "abuse", "en", "care", "TW", "PH", 20000, [("CTR-003", 0), ("CTR-004", 1), ("CTR-005", 1)]),
    ("A07", "abuse", "en", "domestic", "HK", "PH", 5100, [("CTR-006", 1)]),
    ("A08", "abuse", "en", "manufacturing", "MY", "NP", 1800, [("CTR-007", 1), ("CTR-008", 1), ("CTR-009", 3)]),
    ("A09", "abuse", "en", "hospitality", "AE", "KE", 1600, [("CTR-001", 1), ("CTR-002", 2)]),
    ("A10", "abuse", "en", "domestic", "OM", "UG", 140, [("CTR-003", 1), ("CTR-004", 2), ("CTR-005", 3)]),
    ("A11", "abuse", "id", "domestic", "HK", "ID", 5100, [("CTR-006", 5)]),
    ("A12", "abuse", "en", "cleaning", "QA", "BD", 1400, [("CTR-007", 2), ("CTR-008", 0), ("CTR-009", 1)]),
    ("A13", "abuse", "en", "plantation", "MY", "NP", 1700, [("CTR-001", 2), ("CTR-002", 3)]),
    ("A14", "abuse", "en", "domestic", "AE", "ET", 1300, [("CTR-003", 2), ("CTR-004", 3), ("CTR-005", 4)]),
    ("A15", "abuse", "en", "domestic", "BH", "KE", 140, [("CTR-006", 2)]),
    ("A16", "abuse", "en", "domestic", "QA", "PH", 1500, [("CTR-007", 3), ("CTR-008", 4), ("CTR-009", 5)]),
    ("A17", "abuse", "en", "hospitality", "JO", "BD", 320, [("CTR-001", 3), ("CTR-002", 4)]),
    ("A18", "abuse", "id", "domestic", "MY", "ID", 1800, [("CTR-003", 5), ("CTR-004", 5), ("CTR-005", 5)]),
    ("A19", "abuse", "en", "domestic", "HK", "MM", 5100, [("CTR-006", 3)]),
    ("A20", "abuse", "en", "manufacturing", "TW", "VN", 28590, [("CTR-007", 4), ("CTR-008", 3)]),
    ("A21", "abuse", "en", "construction", "SA", "NP", 1800, [("CTR-009", 0)]),
    ("A22", "abuse", "en", "cleaning", "SG", "MM", 1400, [("CTR-001", 4), ("CTR-002", 0), ("CTR-003", 4)]),
    ("A23", "abuse", "en", "domestic", "KW", "LK", 110, [("CTR-004", 4), ("CTR-005", 2)]),
    ("A24", "abuse", "en", "care", "TW", "VN", 20000, [("CTR-006", 4)]),
    ("A25", "abuse", "id", "plantation", "MY", "ID", 1700, [("CTR-007", 5), ("CTR-008", 5)]),
    ("A26", "abuse", "en", "hospitality", "OM", "IN", 160, [("CTR-009", 2)]),
    ("C01", "clean", "en", "domestic", "HK", "PH", 5100, []),
    ("C02", "clean", "en", "construction", "QA", "NP", 1400, []),
    ("C03", "clean", "en", "manufacturing", "TW", "PH", 28590, []),
    ("C04", "clean", "en", "care", "SG", "MM", 750, []),
    ("M01", "ctr010", "en", "domestic", "SA", "KE", 1500, ["wage"]),
    ("M02", "ctr010", "en", "manufacturing", "MY", "BD", 1800, ["hours", "weekly-rest"]),
    ("M03", "ctr010", "en", "hospitality", "BH", "IN", 150, ["repatriation"]),
    ("M04", "ctr010", "en", "cleaning", "AE", "UG", 1300, ["complaint"]),
    ("M05", "ctr010", "en", "domestic", "JO", "ET", 300, ["weekly-rest"]),
    ("M06", "ctr010", "id", "domestic", "TW", "ID", 20000, ["repatriation", "complaint"]),
    ("P01", "pair", "en", "domestic", "SA", "PH", 450, "wage"),
    ("P02", "pair", "en", "construction", "OM", "NP", 160, "rest-fewer"),
    ("P03", "pair", "en", "manufacturing", "MY", "BD", 1800, "identical"),
    ("P04", "pair", "id", "manufacturing", "TW", "ID", 28590, "hours"),
]
# P01: origin version states USD 450; destination version SAR 1,500 (about USD 400).
P01_DEST = (1500, "SAR")


def money(d, amount, lang):
    s = "{:,}".format(amount)
    if lang == "id":
        s = s.replace(",", ".")
        return "%s %s" % (d["sym"].strip(), s)
    return "%s%s" % (d["sym"], s)


# ---------------------------------------------------------------- wording
EN_TITLES = ["EMPLOYMENT CONTRACT", "CONTRACT OF EMPLOYMENT", "EMPLOYMENT AGREEMENT",
             "CONTRACT FOR THE EMPLOYMENT OF A FOREIGN WORKER"]
EN_SECTIONS = [("engage", "Engagement"), ("term", "Duration"), ("wages", "Wages"), ("hours", "Hours of Work and Rest"),
               ("board", "Accommodation and Food"), ("leave", "Leave and Holidays"), ("medical", "Medical Care and Insurance"),
               ("travel", "Travel"), ("docs", "Personal Documents and Permits"), ("ending", "Ending the Contract"),
               ("complaints", "Complaints and Assistance"), ("general", "General")]
ID_SECTIONS = [("engage", "PARA PIHAK DAN JABATAN"), ("term", "JANGKA WAKTU"), ("wages", "GAJI"),
               ("hours", "WAKTU KERJA DAN ISTIRAHAT"), ("board", "TEMPAT TINGGAL DAN MAKAN"), ("leave", "CUTI"),
               ("medical", "KESEHATAN DAN ASURANSI"), ("travel", "PERJALANAN"), ("docs", "DOKUMEN"),
               ("ending", "PENGAKHIRAN PERJANJIAN"), ("complaints", "PENGADUAN"), ("general", "LAIN-LAIN")]

WAGE_EN = ["The basic wage of {W} is {wage} per calendar month, paid not later than the seventh day of the following month.",
           "A monthly salary of {wage} is payable to {W}, exclusive of any payment for overtime.",
           "For each month of service {E} shall pay {W} {wage}, in full and without any deduction not required by law."]
HOURS_EN = ["Normal working hours are {h} a day and {hw} a week, with a meal break of one hour that is not counted as working time.",
            "{Wc} works not more than {h} a day and {hw} a week; any work beyond that is overtime.",
            "Daily hours of work shall not exceed {h}, and the weekly total shall not exceed {hw}."]
REST_EN = ["{Wc} is entitled to one full rest day of twenty-four hours in {restfreq}, normally on {day}.",
           "In {restfreq}, one day, usually {day}, is a paid day off for {W}.",
           "One day free from all work is given to {W} in {restfreq}."]
RET_EN = ["At the end of this Contract, however it ends, {E} shall provide and pay for the air ticket of {W} back to {home}.",
          "{Ec} meets the cost of the journey of {W} home to {home} when the employment comes to an end.",
          "The return passage of {W} to {home} on completion or earlier ending of the Contract is paid by {E}."]
COMPL_EN = ["{Wc} may raise any complaint with {E}, with {agency}, with {labour} or with {emb}.",
            "If any problem arises, {W} can contact the 24-hour line of {agency}, {labour} or {emb}.",
            "Complaints may be taken by {W} to {labour}; {W} may also ask {emb} for help."]

WAGE_ID = "{Ec} membayar gaji pokok sebesar {wage} setiap bulan kepada {W}, paling lambat tanggal 7 bulan berikutnya."
HOURS_ID = "Waktu kerja normal paling lama {h} jam sehari dan {hw} jam seminggu."
REST_ID = "{Wc} berhak atas satu hari libur penuh setiap minggu."
RET_ID = "Tiket pulang {W} ke Indonesia pada akhir Perjanjian ditanggung sepenuhnya oleh {E}."
COMPL_ID = "{Wc} dapat mengadukan masalah kepada {labour}, kepada {emb}, atau ke hotline BP2MI (0800-1000)."

DECOY_EN = {
    "wage": "Pay is credited by bank transfer on the last working day of each month.",
    "hours": "The supervisor posts the duty roster for the following week every Saturday, and attendance is recorded by card.",
    "weekly-rest": "{Wc} is entitled to the public holidays gazetted in {country}.",
    "repatriation": "{Ec} pays the air ticket of {W} from {home} to {city}.",
    "complaint": "Accidents and injuries at work are reported to the supervisor at once.",
}
DECOY_ID = {
    "repatriation": "Tiket keberangkatan {W} dari {home} ke {city} dibayar oleh {E}.",
    "complaint": "{Wc} melapor kepada {E} apabila sakit atau mengalami kecelakaan.",
}

ORD_EN = {
    "engage": ["{Ec} engages {W} as a {job} at {workplace}, and {W} accepts the engagement on the terms below.",
               "{Wc} shall not be required to work for any person other than {E}."],
    "term": ["This Contract runs for two years from the date on which {W} arrives in {country}.",
             "The first three months are a probation period."],
    "wages": ["Overtime is paid at not less than one and a half times the normal hourly rate.",
              "A payslip showing every deduction made by law is given to {W} each month."],
    "hours": [],
    "board": ["{Ec} provides free accommodation with adequate privacy, and three meals a day or a food allowance."],
    "leave": ["{Wc} is entitled to paid annual leave of fourteen days after each year of service."],
    "medical": ["{Ec} provides free medical treatment and keeps {W} insured against accident, illness and death."],
    "travel": ["{Ec} pays the air ticket of {W} from {home} to {city}."],
    "docs": ["{Ec} arranges and pays for the work permit and each renewal of it."],
    "ending": ["This Contract may be ended by either party on one month's written notice, or without notice for serious misconduct as the law of {country} defines it."],
    "complaints": [],
    "general": ["This Contract is governed by the law of {country}.",
                "Any change to this Contract must be in writing and signed by both parties."],
}
ORD_ID = {
    "engage": ["{Ec} mempekerjakan {W} sebagai {job} di {workplace}.", "{Wc} hanya melakukan pekerjaan sesuai jabatan tersebut."],
    "term": ["Perjanjian ini berlaku selama dua tahun sejak {W} tiba di {country}."],
    "wages": ["Kerja lembur dibayar sesuai peraturan yang berlaku di {country}.", "Setiap bulan {W} menerima slip gaji."],
    "hours": [],
    "board": ["{Ec} menyediakan tempat tinggal yang layak dan makan tiga kali sehari tanpa biaya."],
    "leave": ["{Wc} berhak atas hari libur resmi dan cuti tahunan berbayar."],
    "medical": ["{Ec} menanggung biaya pengobatan dan mengikutsertakan {W} dalam asuransi."],
    "travel": ["Tiket keberangkatan {W} dari {home} ke {city} dibayar oleh {E}."],
    "docs": ["Pengurusan dan perpanjangan izin kerja menjadi tanggung jawab {E}."],
    "ending": ["Masing-masing pihak dapat mengakhiri Perjanjian ini dengan pemberitahuan tertulis satu bulan sebelumnya."],
    "complaints": [],
    "general": ["Perjanjian ini dibuat dalam bahasa Indonesia dan {W} telah menerima salinannya."],
}
RULES_EN_HOME = ["Keep the kitchen and your own room clean and tidy.", "Switch off the gas and the lights before going to bed.",
                 "Tell the Employer at once if you feel unwell.", "Do not lend the house keys to anyone."]
RULES_EN_FIRM = ["Safety helmets and boots must be worn at the work site.", "Cooking is allowed only in the common kitchen.",
                 "Report any damage in the accommodation to the warden.", "Smoking is not allowed inside the rooms."]
RULES_ID = ["Menjaga kebersihan kamar dan dapur.", "Mematikan kompor dan lampu sebelum tidur.",
            "Memberi tahu {E} apabila sakit."]
SCHED_EN = [("Work visa and permit", "Employer", ""), ("Medical examination", "Employer", ""),
            ("Air ticket to {city}", "Employer", ""), ("Return air ticket to {home}", "Employer", "on completion"),
            ("Insurance", "Employer", "")]
SCHED_ID = [("Visa kerja", "Pemberi Kerja", ""), ("Pemeriksaan kesehatan", "Pemberi Kerja", ""),
            ("Tiket berangkat", "Pemberi Kerja", ""), ("Tiket pulang", "Pemberi Kerja", "akhir Perjanjian"),
            ("Asuransi", "Pemberi Kerja", "")]
DECL_EN = ["I have read this contract in a language I understand, or it was read to me.",
           "I have received a signed copy of this contract.", "The information I gave about myself is true."]
DECL_ID = ["Saya telah membaca dan memahami isi Perjanjian ini.", "Saya telah menerima salinan Perjanjian ini."]

MK = 0xE000  # label markers: chr(MK + n)


def fill(text, P):
    for k, v in P.items():
        text = text.replace("{" + k + "}", v)
    assert "{" not in text, text
    return text


def vis(w):
    return sum(1 for ch in w if not (0xE000 <= ord(ch) < 0xF000))


def wrap(text, width, first, indent):
    words = text.split(" ")
    lines, cur = [], first
    curlen = vis(first)
    started = False
    for w in words:
        if started and curlen + 1 + vis(w) > width:
            lines.append(cur)
            cur, curlen = indent + w, vis(indent) + vis(w)
        else:
            cur = cur + (" " if started else "") + w
            curlen += (1 if started else 0) + vis(w)
        started = True
    lines.append(cur)
    return lines


def sched_row(item, payer, note, width):
    head = item + " " + "." * max(3, 32 - len(item)) + " " + payer
    text = head + (" - " + note if note else "")
    return wrap(text, width, "", "    ")


def build(c, rng, lookalikes, version=None):
    key, role, lang, sector, dc, oc, wage, detail = c
    d, o = DEST[dc], ORIG[oc]
    female = sector in HOUSEHOLD or rng.random() < 0.3
    home_ = sector in HOUSEHOLD
    name = rng.choice(o["f"] if female else o["m"])
    city = rng.choice(d["cities"])
    if lang == "id":
        E = "Majikan" if home_ and rng.random() < 0.5 else "Pemberi Kerja"
        W = "Pekerja"
        Ws, Ec, Wc = W, E, W
    else:
        if home_:
            E, W = "the Employer", ("the Helper" if dc in ("HK", "SG") else "the Worker")
        else:
            E, W = rng.choice([("the Company", "the Employee"), ("the Employer", "the Worker")])
        Ec, Wc, Ws = E[0].upper() + E[1:], W[0].upper() + W[1:], W + "'s"
    ename = rng.choice(d["homes"]) if home_ else d["firms"][sector]
    amount, curcode = wage, d["cur"]
    P = dict(E=E, Ec=Ec, W=W, Wc=Wc, Ws=Ws, Wsc=Ws[0].upper() + Ws[1:], pro="she" if female else "he",
             pos="her" if female else "his", cur=curcode, country=d["country"], city=city, home=o["home"],
             agency=o["agency"], feecur=o["fee"], labour=d["labour"], emb=o["emb"],
             job=(JOB_ID if lang == "id" else JOB)[sector],
             workplace=((("rumah %s di %s" if home_ else "lokasi usaha %s di %s") if lang == "id" else
                        ("the residence of %s in %s" if home_ else "the premises of %s in %s")) % (ename, city)),
             day=rng.choice(["Friday", "Sunday"]) if dc in ("SA", "AE", "QA", "KW", "OM", "BH", "JO") else "Sunday",
             restfreq="each week", h="eight hours", hw="forty-eight hours")
    if lang == "id":
        P["h"], P["hw"] = "8", "48"
        P["country"] = {"Taiwan": "Taiwan", "Hong Kong": "Hong Kong", "Malaysia": "Malaysia"}[d["country"]]
        P["labour"] = {"TW": "Kementerian Tenaga Kerja Taiwan (hotline 1955)", "HK": "Labour Department Hong Kong",
                       "MY": "Jabatan Tenaga Kerja"}[dc]
        P["emb"] = {"TW": "KDEI Taipei", "HK": "KJRI Hong Kong", "MY": "KBRI Kuala Lumpur"}[dc]
    if home_ and lang == "en":
        P["h"], P["hw"] = "ten hours", "sixty hours"
    # pair changes
    if key == "P01" and version == "dest":
        amount, curcode = P01_DEST
    if key == "P01":
        wage_s = "USD 450 (four hundred and fifty US dollars)" if version == "origin" else \
            "SAR 1,500 (fifteen hundred Saudi riyals)"
    else:
        wage_s = money(d, amount, lang)
    P["wage"] = wage_s
    if key == "P02" and version == "dest":
        P["restfreq"] = "every two weeks"
    if key == "P04" and version == "dest":
        P["h"], P["hw"] = "10", "60"
    width = rng.choice([70, 74, 78])
    style = "pasal" if lang == "id" else rng.choice(["clause", "article", "flat"])

    # ---- section contents
    ORD = ORD_ID if lang == "id" else ORD_EN
    secs = {k: [fill(s, P) for s in v] for k, v in ORD.items()}
    missing = detail if role == "ctr010" else []
    vi = rng.randrange(3)
    if lang == "id":
        els = dict(wage=WAGE_ID, hours=HOURS_ID, rest=REST_ID, ret=RET_ID, compl=COMPL_ID)
    else:
        els = dict(wage=WAGE_EN[vi], hours=HOURS_EN[(vi + 1) % 3], rest=REST_EN[(vi + 2) % 3], ret=RET_EN[vi],
                   compl=COMPL_EN[(vi + 1) % 3])
    decoy = DECOY_ID if lang == "id" else DECOY_EN
    if "wage" in missing:
        secs["wages"].insert(0, fill(decoy["wage"], P))
    else:
        secs["wages"].insert(0, fill(els["wage"], P))
    if "hours" in missing:
        secs["hours"].append(fill(decoy["hours"], P))
    else:
        secs["hours"].append(fill(els["hours"], P))
    if "weekly-rest" in missing:
        secs["hours"].append(fill(decoy["weekly-rest"], P))
    else:
        secs["hours"].append(fill(els["rest"], P))
    if "repatriation" not in missing:
        secs["travel"].append(fill(els["ret"], P))
    if "complaint" in missing:
        secs["complaints"] = None
        secs["general"].insert(0, fill(decoy["complaint"], P))
    else:
        secs["complaints"].append(fill(els["compl"], P))
    rules = [fill(r, P) for r in (RULES_ID if lang == "id" else (RULES_EN_HOME if home_ else RULES_EN_FIRM))]
    sched = [tuple(fill(x, P).replace("Pemberi Kerja", E) for x in r) for r in (SCHED_ID if lang == "id" else SCHED_EN)]
    if "repatriation" in missing:
        sched = [r for r in sched if not r[0].startswith(("Return", "Tiket pulang"))]
    decl = [fill(x, P) for x in (DECL_ID if lang == "id" else DECL_EN)]

    def place(form, sec, text, tag=None):
        if form == "c":
            lst = secs[sec] if secs.get(sec) is not None else secs["general"]
            lst.insert(rng.randint(1 if len(lst) else 0, len(lst)), text)
        elif form == "h":
            rules.insert(rng.randint(1, len(rules)), text)
        elif form == "d":
            decl.insert(rng.randint(1, len(decl)), text)
        elif form == "s":
            it, py, nt = [x.strip() for x in text.split("|")]
            sched.insert(rng.randint(1, len(sched)), (it, py, nt))

    labels = []  # (marker char, rule)
    if role == "abuse":
        for n, (rule, idx) in enumerate(detail):
            form, sec, tag, text = ABUSE[rule][idx]
            assert tag in ("any", "home" if home_ else "firm"), (key, rule, idx)
            m = chr(MK + n)
            t = fill(text, P)
            t = t.replace("^", m) if "^" in t else m + t
            place(form, sec, t)
            labels.append((m, rule))
    for rule, li in lookalikes:
        lg, form, sec, tag, text = LOOK[rule][li]
        place(form, sec, fill(text, P))

    # ---- render
    out = []
    ref = "%s/%s/%d" % (oc, dc, 2026)
    if lang == "id":
        out += ["PERJANJIAN KERJA", "ANTARA PEMBERI KERJA DAN PEKERJA MIGRAN INDONESIA", "Nomor: %s-%s" % (ref, key[1:]), ""]
        if version:
            out += ["Naskah A - ditandatangani di %s sebelum Pekerja berangkat" % o["home"] if version == "origin" else
                    "Naskah B - ditandatangani di %s setelah Pekerja tiba" % city, ""]
        out += wrap("Perjanjian ini dibuat antara %s, beralamat di %s (\"%s\"), dan %s (\"Pekerja\"), yang ditempatkan melalui %s."
                    % (ename, city, E, name, o["agency"]), width, "", "")
        out.append("")
    else:
        title = rng.choice(EN_TITLES)
        out += [title, "Ref. No. %s-%s" % (ref, key[1:]), ""]
        if version:
            out += ["Counterpart A - signed in %s before the Worker's departure" % o["home"] if version == "origin" else
                    "Counterpart B - signed in %s after the Worker's arrival" % city, ""]
        out += wrap("This Contract is made between %s of %s (\"%s\") and %s (\"%s\"), recruited through %s of %s."
                    % (ename, city, Ec.replace("The ", "the "), name, Wc.replace("The ", "the "), o["agency"], o["home"]),
                    width, "", "")
        out.append("")
    n = 0
    for sk, title in (ID_SECTIONS if lang == "id" else EN_SECTIONS):
        body = secs[sk]
        # no heading names a missing element
        if sk == "hours" and "hours" in missing:
            title = "Daily Arrangements"
        elif sk == "hours" and "weekly-rest" in missing:
            title = "Hours of Work"
        if sk == "wages" and "wage" in missing:
            title = "Payment"
        if body is None or not body:
            continue
        n += 1
        if style == "pasal":
            out += ["Pasal %d" % n, title]
            for i, s in enumerate(body, 1):
                out += wrap(s, width, "(%d) " % i, "    ")
        elif style == "clause":
            out.append("%d. %s" % (n, title.upper()))
            for i, s in enumerate(body, 1):
                pre = "%d.%d " % (n, i)
                out += wrap(s, width, pre, " " * len(pre))
        elif style == "article":
            out.append("ARTICLE %d - %s" % (n, title.upper()))
            for i, s in enumerate(body):
                out += wrap(s, width, "(%s) " % "abcdefghij"[i], "    ")
        else:
            out += wrap("%s. " % title + " ".join(body), width, "%d. " % n, "   ")
        out.append("")
    # house rules
    if lang == "id":
        out += ["TATA TERTIB", ""]
    else:
        out += [rng.choice(["HOUSE RULES", "RULES OF THE HOUSEHOLD"]) if home_ else
                rng.choice(["COMPANY RULES", "HOSTEL AND SITE RULES"]), ""]
    for i, r in enumerate(rules, 1):
        out += wrap(r, width, "%d. " % i, "   ")
    out.append("")
    out += ["RINCIAN BIAYA" if lang == "id" else rng.choice(["SCHEDULE OF COSTS", "COST SCHEDULE"]), ""]
    out += wrap("Biaya penempatan dan keberangkatan ditanggung sebagai berikut:" if lang == "id" else
                "Recruitment and deployment costs are met as follows:", width, "", "")
    for it, py, nt in sched:
        out += sched_row(it, py, nt, width)
    out.append("")
    out += ["PERNYATAAN PEKERJA" if lang == "id" else rng.choice(["WORKER'S DECLARATION", "DECLARATION BY THE WORKER"]), ""]
    out += wrap(("Saya, %s, menyatakan bahwa:" if lang == "id" else "I, %s, confirm that:") % name, width, "", "")
    for i, x in enumerate(decl, 1):
        out += wrap(x, width, "(%d) " % i, "    ")
    out.append("")
    sign_city = o["home"] if version != "dest" else city
    sign_date = "14 March 2026" if version != "dest" else "19 May 2026"
    if lang == "id":
        sign_date = sign_date.replace("March", "Maret").replace("May", "Mei")
        out += ["Ditandatangani di %s pada tanggal %s." % (sign_city, sign_date), "",
                "%s: ____________________  %s" % (E, ename), "Pekerja: ____________________  %s" % name,
                "Saksi (%s): ____________________" % o["agency"]]
    else:
        out += ["Signed at %s on %s." % (sign_city, sign_date), "",
                "For %s: ____________________  %s" % (Ec.replace("The ", "the "), ename),
                "%s: ____________________  %s" % (Wc, name), "Witness (%s): ____________________" % o["agency"]]
    # page furniture every 44-52 lines
    final, page, nxt = [], 1, rng.randint(44, 52)
    for ln in out:
        final.append(ln)
        if len(final) >= nxt:
            foot = ("Halaman %d - Paraf Pekerja: ______" % page) if lang == "id" else \
                ("Page %d   %s   Worker's initials: ______" % (page, "Ref. %s-%s" % (ref, key[1:])))
            final += [foot, ""]
            page += 1
            nxt = len(final) + rng.randint(44, 52)
    meta = dict(female=female, home_=home_, width=width, style=style, pov="peran" if lang == "id" else "roles",
                amount=wage, cur=d["cur"] if key != "P01" else "USD")
    return final, labels, meta


def finish(lines, labels, caps, typo):
    found = []
    for m, rule in labels:
        hit = [i for i, ln in enumerate(lines) if m in ln]
        assert len(hit) == 1, (rule, hit)
        found.append((rule, hit[0] + 1))
    text = "\n".join(lines) + "\n"
    for m, _ in labels:
        text = text.replace(m, "")
    if typo:
        text = text.replace("'", "\u2019")
    if caps:
        text = text.upper()
    return text, found


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(outdir, "texts"), exist_ok=True)
    rng0 = random.Random(SEED)
    order = list(range(len(PLAN)))
    rng0.shuffle(order)
    ids = {}
    for sn, pi in enumerate(order, 1):
        ids[PLAN[pi][0]] = "S-%03d" % sn
    plan = sorted(PLAN, key=lambda c: ids[c[0]])
    caps_set = {"A21", "C02"}
    typo_set = {"A09", "A16", "M04", "C03"}
    used_t = {r: 0 for r in RULES}
    used_v = {}
    lab_rows, con_rows, comp_rows = [], [], []
    for c in plan:
        key, role, lang, sector, dc, oc, wage, detail = c
        sid = ids[key]
        rng = random.Random(SEED * 100 + int(key[1:]) + ord(key[0]) * 1000)
        female = sector in HOUSEHOLD
        home_ = sector in HOUSEHOLD
        own = [r for r, _ in detail] if role == "abuse" else []
        allowed = [r for r in RULES if r not in own]
        if not female or dc == "SG":
            allowed = [r for r in allowed if r not in ("CTR-005", "CTR-006")]
        if role == "ctr010":
            allowed = [r for r in allowed if r in ("CTR-001", "CTR-003", "CTR-005", "CTR-006", "CTR-008")]
        if role == "pair":
            allowed = [r for r in allowed if r in ("CTR-001", "CTR-003", "CTR-007", "CTR-008", "CTR-009")]
        nlook = {"abuse": 2, "clean": 6, "ctr010": 2, "pair": 2}[role]
        types = sorted(allowed, key=lambda r: (used_t[r], RULES.index(r)))[:nlook]
        looks = []
        for r in types:
            cands = [i for i, v in enumerate(LOOK[r]) if v[0] == lang and v[3] in ("any", "home" if home_ else "firm")
                     and not (role == "ctr010" and ("rest day" in v[4] or "hari libur" in v[4]))]
            li = sorted(cands, key=lambda i: (used_v.get((r, i), 0), i))[0]
            used_v[(r, li)] = used_v.get((r, li), 0) + (2 if role == "pair" else 1)
            used_t[r] += 1
            looks.append((r, li))
        looks.sort(key=lambda x: RULES.index(x[0]))
        caps, typo = key in caps_set, key in typo_set
        if role == "pair":
            texts = {}
            for ver in ("origin", "dest"):
                lines, labels, meta = build(c, random.Random(SEED * 100 + int(key[1:]) + ord(key[0]) * 1000), looks, ver)
                texts[ver], _ = finish(lines, labels, caps, typo)
            open(os.path.join(outdir, "texts", sid + ".origin.txt"), "w", encoding="utf-8").write(texts["origin"])
            open(os.path.join(outdir, "texts", sid + ".txt"), "w", encoding="utf-8").write(texts["dest"])
            text, found = texts["dest"], []
            a, b = texts["origin"].split("\n"), texts["dest"].split("\n")
            print("== %s (%s) pair %s: %d / %d lines" % (sid, key, detail, len(a) - 1, len(b) - 1))
            for i in range(max(len(a), len(b))):
                x = a[i] if i < len(a) else None
                y = b[i] if i < len(b) else None
                if x != y:
                    print("  %4d - %s\n       + %s" % (i + 1, x, y))
            if detail != "identical":
                lab_rows.append((sid, lang, "CTR-011", ""))
        else:
            lines, labels, meta = build(c, rng, looks)
            text, found = finish(lines, labels, caps, typo)
            open(os.path.join(outdir, "texts", sid + ".txt"), "w", encoding="utf-8").write(text)
            tl = text.split("\n")
            for rule, ln in sorted(found, key=lambda x: x[1]):
                lab_rows.append((sid, lang, rule, str(ln)))
                print("== %s (%s) %s line %d\n  %4d  %s\n  %4d> %s" % (sid, key, rule, ln, ln - 1, tl[ln - 2], ln, tl[ln - 1]))
            if role == "ctr010":
                lab_rows.append((sid, lang, "CTR-010", ""))
        nlines = text.count("\n")
        con_rows.append((sid, lang, str(wage), "USD" if key == "P01" else DEST[dc]["cur"]))
        if role == "abuse":
            det = " ".join(r for r, _ in sorted(found, key=lambda x: x[1]))
        elif role == "ctr010":
            det = " ".join(detail)
        elif role == "pair":
            det = detail
        else:
            det = ""
        comp_rows.append((sid, lang, role, sector, dc, oc, det, " ".join(r for r, _ in looks), meta["pov"], meta["style"],
                          str(int(caps)), str(int(typo)), "0", "costs", "0", "0", str(nlines)))
    with open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8") as f:
        f.write("contract,language,rule,line\n")
        for r in lab_rows:
            f.write(",".join(r) + "\n")
    with open(os.path.join(outdir, "contracts.csv"), "w", encoding="utf-8") as f:
        f.write("contract,language,wage,currency\n")
        for r in con_rows:
            f.write(",".join(r) + "\n")
    with open(os.path.join(outdir, "composition.csv"), "w", encoding="utf-8") as f:
        f.write("contract,language,role,sector,destination,origin,detail,lookalike_types,pov,numbering,caps_all,"
                "typographic,hyphenation,schedule,definitions,bilingual,lines\n")
        for r in comp_rows:
            f.write(",".join(r) + "\n")
    print("== look-alike uses per type:", " ".join("%s=%d" % (r, used_t[r]) for r in RULES))
    print("== look-alike variant uses (pairs count 2):", " ".join("%s/%d=%d" % (r[4:], i, n) for (r, i), n in sorted(used_v.items())))
    print("== key -> id:", " ".join("%s=%s" % (k, ids[k]) for k in sorted(ids)))


if __name__ == "__main__":
    main()
