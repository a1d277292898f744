#!/usr/bin/env python3
"""Generate contract evaluation batch 11 (Q-001 .. Q-060).

Usage: python3 make_set.py [outdir]     (default: this folder)

Python 3 standard library only, fixed seed, deterministic. Labels come from
construction: every abusive clause carries a private-use marker character
through filling, capitalisation, wrapping, tables and page footers; its label
line is the line where the marker ends up, and the marker is then removed.
Do not re-run to "fix" results: the batch is frozen.
"""
import csv
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from variants import (ABUSE, LOOK, ELEM, DECOY, ORD, DECL_NEUTRAL,  # noqa: E402
                      RULES_NEUTRAL, COST_NEUTRAL, DOCS_NEUTRAL)

SEED = 20261211
MK0 = 0xE000
RULES = ["CTR-00%d" % i for i in range(1, 10)]
ELEMENTS = ["wage", "hours", "rest", "repat", "complaint"]
ELEM_TOPIC = {"wage": "pay", "hours": "hours", "rest": "rest",
              "repat": "travel", "complaint": "complaints"}
ELEM_TOKEN = {"wage": "wage", "hours": "hours", "rest": "weekly-rest",
              "repat": "repatriation", "complaint": "complaint"}
TOPICS = ["job", "pay", "hours", "rest", "board", "medical", "costs", "docs",
          "conduct", "travel", "ending", "complaints", "general"]
HH = {"domestic", "care"}

# --------------------------------------------------------------------------
# destinations, origins, sectors
# --------------------------------------------------------------------------
DEST = {
    "HK": dict(country="Hong Kong", country_id="Hong Kong", city="Hong Kong", cur="HKD",
               fmts=["HK${:,}", "HKD {:,}"], fmt_id="HK$ {}", labour="the Labour Department",
               hotline="the Labour Department hotline 2717 1771", hotline_id="hotline Departemen Tenaga Kerja Hong Kong 2717 1771",
               dayoff="Sunday", dayoff_id="Minggu", gloss="zh", addr="Flat 12B, Block 3, Kornhill Gardens, Quarry Bay"),
    "SG": dict(country="Singapore", country_id="Singapura", city="Singapore", cur="SGD",
               fmts=["S${:,}", "SGD {:,}"], fmt_id="S$ {}", labour="the Ministry of Manpower",
               hotline="the Ministry of Manpower helpline 6438 5122", hotline_id="saluran bantuan Kementerian Tenaga Kerja Singapura 6438 5122",
               dayoff="Sunday", dayoff_id="Minggu", gloss=None, addr="Blk 214 Bishan Street 23, #07-118"),
    "MY": dict(country="Malaysia", country_id="Malaysia", city="Kuala Lumpur", cur="MYR",
               fmts=["RM{:,}", "RM {:,}", "MYR {:,}"], fmt_id="RM {}", labour="the Department of Labour (JTK)",
               hotline="the JTK complaints line", hotline_id="saluran pengaduan Jabatan Tenaga Kerja",
               dayoff="Sunday", dayoff_id="Minggu", gloss="ms", addr="No. 14, Jalan SS 2/55, Petaling Jaya"),
    "TW": dict(country="Taiwan", country_id="Taiwan", city="Taichung", cur="TWD",
               fmts=["NT${:,}", "NTD {:,}"], fmt_id="NT$ {}", labour="the Ministry of Labor",
               hotline="the 1955 foreign worker hotline", hotline_id="saluran pengaduan 1955",
               dayoff="Sunday", dayoff_id="Minggu", gloss="zh", addr="No. 88, Section 2, Wenxin Road, Xitun District"),
    "SA": dict(country="Saudi Arabia", country_id="Arab Saudi", city="Riyadh", cur="SAR",
               fmts=["SAR {:,}", "SR {:,}"], fmt_id="SAR {}", labour="the Ministry of Human Resources",
               hotline="the Ministry of Human Resources call centre 19911", hotline_id="layanan pengaduan 19911",
               dayoff="Friday", dayoff_id="Jumat", gloss="ar", addr="Al Malqa District"),
    "AE": dict(country="the United Arab Emirates", country_id="Uni Emirat Arab", city="Dubai", cur="AED",
               fmts=["AED {:,}", "{:,} dirhams"], fmt_id="AED {}", labour="the Ministry of Human Resources and Emiratisation",
               hotline="the MOHRE call centre 600590000", hotline_id="MOHRE 600590000",
               dayoff="Sunday", dayoff_id="Minggu", gloss="ar", addr="Villa 27, Street 14, Al Barsha 2"),
    "QA": dict(country="Qatar", country_id="Qatar", city="Doha", cur="QAR",
               fmts=["QAR {:,}", "QR {:,}"], fmt_id="QAR {}", labour="the Ministry of Labour",
               hotline="the Ministry of Labour hotline 16008", hotline_id="16008",
               dayoff="Friday", dayoff_id="Jumat", gloss="ar", addr="Building 9, Street 870, Al Waab"),
    "KW": dict(country="Kuwait", country_id="Kuwait", city="Kuwait City", cur="KWD",
               fmts=["KWD {}.000", "KD {}"], fmt_id="KWD {}", labour="the Public Authority for Manpower",
               hotline="the domestic labour department of the Public Authority for Manpower", hotline_id="PAM",
               dayoff="Friday", dayoff_id="Jumat", gloss="ar", addr="Block 4, Street 12, House 31, Salwa"),
    "OM": dict(country="Oman", country_id="Oman", city="Muscat", cur="OMR",
               fmts=["OMR {}.000", "RO {}"], fmt_id="OMR {}", labour="the Ministry of Labour",
               hotline="the Ministry of Labour complaints service", hotline_id="Kementerian Tenaga Kerja Oman",
               dayoff="Friday", dayoff_id="Jumat", gloss="ar", addr="Way 3017, House 1422, Al Khuwair"),
    "BH": dict(country="Bahrain", country_id="Bahrain", city="Manama", cur="BHD",
               fmts=["BHD {}.000", "BD {}"], fmt_id="BHD {}", labour="the Labour Market Regulatory Authority",
               hotline="the LMRA call centre", hotline_id="LMRA",
               dayoff="Friday", dayoff_id="Jumat", gloss="ar", addr="Road 2810, Block 428, Seef"),
    "LB": dict(country="Lebanon", country_id="Lebanon", city="Beirut", cur="USD",
               fmts=["USD {:,}", "US${:,}"], fmt_id="USD {}", labour="the Ministry of Labour",
               hotline="the Ministry of Labour hotline 1740", hotline_id="1740",
               dayoff="Sunday", dayoff_id="Minggu", gloss="ar", addr="Rue Mar Elias, Building 5"),
    "JO": dict(country="Jordan", country_id="Yordania", city="Amman", cur="JOD",
               fmts=["JOD {:,}", "JD {:,}"], fmt_id="JOD {}", labour="the Ministry of Labour",
               hotline="the Ministry of Labour complaints platform", hotline_id="Kementerian Tenaga Kerja Yordania",
               dayoff="Friday", dayoff_id="Jumat", gloss="ar", addr="Building 17, Mecca Street"),
}

ORIG = {
    "PH": dict(name="the Philippines", adj="Philippine", cities=["Manila", "Cebu City"], lang="Filipino",
               fee="PHP {:,}", fee_amt=68000, agency=("Kalinga Overseas Placement Inc.", "Kalinga"),
               F=["Maricel Dizon", "Rowena Pascual", "Jocelyn Bautista", "Analyn Reyes", "Lorna Manalo", "Rose Ann Cruz", "Cherry Villamor",
                  "Marites Aquino", "Jennifer Ocampo", "Leah Castillo", "Divina Ramos", "Grace Mendoza", "Nora Espiritu"],
               M=["Arnel Villanueva", "Romeo Santos"]),
    "ID": dict(name="Indonesia", adj="Indonesian", cities=["Jakarta", "Surabaya", "Semarang"], lang="Indonesian",
               fee="IDR {:,}", fee_amt=18500000, agency=("PT Sinar Harapan Mandiri", "Sinar Harapan"),
               F=["Siti Rahayu", "Dewi Lestari", "Nur Aini", "Sri Wahyuni", "Ratna Sari", "Eka Puspita", "Wulan Anggraini", "Tri Handayani",
                  "Yuli Astuti", "Rina Marlina", "Lilis Suryani", "Indah Permata", "Suparti", "Nining Kurniasih"],
               M=["Agus Santoso", "Budi Prasetyo", "Joko Susilo"]),
    "IN": dict(name="India", adj="Indian", cities=["Kochi", "Chennai", "Lucknow"], lang="Malayalam",
               fee="INR {:,}", fee_amt=145000, agency=("Malabar Manpower Consultants", "Malabar"),
               F=["Lakshmi Nair", "Bindu Thomas"], M=["Anil Kumar", "Ravi Shankar", "Suresh Pillai"]),
    "BD": dict(name="Bangladesh", adj="Bangladeshi", cities=["Dhaka", "Sylhet"], lang="Bengali",
               fee="BDT {:,}", fee_amt=420000, agency=("Padma Overseas Recruiting Agency", "Padma Overseas"),
               F=["Shirin Akter"], M=["Md. Karim Uddin", "Rafiqul Islam", "Jahangir Alam", "Sohel Rana", "Abdul Mannan", "Shafiqul Haque"]),
    "NP": dict(name="Nepal", adj="Nepali", cities=["Kathmandu"], lang="Nepali",
               fee="NPR {:,}", fee_amt=260000, agency=("Everest Link Recruitment Pvt. Ltd.", "Everest Link"),
               F=["Sabina Gurung"], M=["Bishnu Tamang", "Ramesh Thapa", "Dil Bahadur Rai", "Hari Prasad Sharma", "Santosh Magar"]),
    "LK": dict(name="Sri Lanka", adj="Sri Lankan", cities=["Colombo", "Kandy"], lang="Sinhala",
               fee="LKR {:,}", fee_amt=310000, agency=("Lanka Horizon Employment Agency", "Lanka Horizon"),
               F=["Nirmala Perera", "Kumari Silva", "Dilrukshi Jayasinghe"], M=["Chaminda Fernando"]),
    "VN": dict(name="Vietnam", adj="Vietnamese", cities=["Hanoi", "Nghe An"], lang="Vietnamese",
               fee="VND {:,}", fee_amt=95000000, agency=("Song Hong Labour Export JSC", "Song Hong"),
               F=["Nguyen Thi Lan", "Pham Thi Hoa"], M=["Tran Van Hung"]),
    "KE": dict(name="Kenya", adj="Kenyan", cities=["Nairobi", "Mombasa"], lang="Swahili",
               fee="KES {:,}", fee_amt=125000, agency=("Savannah Jobs Abroad Ltd", "Savannah Jobs"),
               F=["Faith Wanjiru", "Mercy Achieng", "Esther Chebet", "Ruth Njeri", "Janet Atieno"], M=["Brian Otieno", "Kevin Mwangi"]),
    "UG": dict(name="Uganda", adj="Ugandan", cities=["Kampala", "Entebbe"], lang="Luganda",
               fee="UGX {:,}", fee_amt=3200000, agency=("Pearl of Africa Placement Ltd", "Pearl of Africa"),
               F=["Grace Nakato", "Sarah Namuli"], M=["Joseph Okello", "Isaac Ssempala"]),
    "ET": dict(name="Ethiopia", adj="Ethiopian", cities=["Addis Ababa"], lang="Amharic",
               fee="ETB {:,}", fee_amt=52000, agency=("Abay Overseas Employment Agency", "Abay Overseas"),
               F=["Tigist Bekele", "Hiwot Tesfaye", "Meron Alemu"], M=["Dawit Girma"]),
    "MM": dict(name="Myanmar", adj="Myanmar", cities=["Yangon"], lang="Burmese",
               fee="MMK {:,}", fee_amt=2600000, agency=("Golden Lotus Overseas Employment", "Golden Lotus"),
               F=["Aye Aye Mon", "Thin Thin Aye"], M=["Kyaw Zin Htet"]),
}

WAGE = {  # (dest, sector) -> monthly wage; default per dest
    "HK": 5200, "SG": 750, "MY": 1800, "TW": 20000, "SA": 1500, "AE": 1600, "QA": 1400,
    "KW": 125, "OM": 140, "BH": 150, "LB": 400, "JO": 290,
}
WAGE_SECTOR = {("SG", "construction"): 1150, ("SG", "care"): 800, ("TW", "manufacturing"): 28590,
               ("TW", "fishing"): 28590, ("MY", "manufacturing"): 1900, ("MY", "plantation"): 1700,
               ("QA", "construction"): 1300, ("QA", "hospitality"): 1600, ("QA", "cleaning"): 1250,
               ("AE", "construction"): 1450, ("AE", "cleaning"): 1350, ("AE", "hospitality"): 1900,
               ("SA", "construction"): 1600, ("SA", "hospitality"): 1700, ("OM", "fishing"): 180,
               ("KW", "cleaning"): 110, ("BH", "hospitality"): 160, ("BH", "cleaning"): 130,
               ("JO", "cleaning"): 260, ("OM", "hospitality"): 170, ("MY", "hospitality"): 1750}

SECT = {
    "domestic": dict(job=["domestic worker", "housekeeper"], job_id="pekerja rumah tangga",
                     duties="cooking, cleaning, laundry and the care of the children of the household",
                     accom="a private room with a window and a door that locks from the inside",
                     W=["Domestic Worker", "Housekeeper", "Domestic Assistant"], E=["Employer", "Householder"]),
    "care": dict(job=["caregiver", "home care assistant"], job_id="perawat lansia",
                 duties="personal care, meals, light housework and medication reminders for an elderly member of the household",
                 accom="a private room next to the room of the person cared for",
                 W=["Caregiver", "Care Assistant", "Home Carer"], E=["Employer", "Householder"]),
    "hospitality": dict(job=["room attendant", "kitchen assistant", "waiter"], job_id="pramusaji",
                        duties="the usual duties of the post in the hotel, as directed by the head of department",
                        accom="a shared room for no more than four persons in the staff accommodation",
                        W=["Staff Member", "Employee", "Room Attendant"], E=["Hotel", "Employer", "Establishment"]),
    "cleaning": dict(job=["cleaner", "cleaning operative"], job_id="petugas kebersihan",
                     duties="cleaning offices, washrooms and public areas on the sites assigned by the supervisor",
                     accom="a bed in a shared room for no more than four persons in the company accommodation",
                     W=["Cleaner", "Employee"], E=["Company", "Contractor"]),
    "construction": dict(job=["mason", "steel fixer", "general labourer"], job_id="pekerja bangunan",
                         duties="work in his trade on the building sites of the employer",
                         accom="a bed in an air-conditioned room for no more than four persons in the labour camp",
                         W=["Workman", "Labourer", "Employee"], E=["Contractor", "Company"]),
    "plantation": dict(job=["field worker", "harvester"], job_id="pekerja perkebunan",
                       duties="harvesting, weeding, spraying and upkeep of the estate",
                       accom="a room in the estate workers' housing, with water and electricity",
                       W=["Field Worker", "Estate Worker"], E=["Estate", "Company"]),
    "fishing": dict(job=["deckhand"], job_id="anak buah kapal",
                    duties="work on deck, handling nets and catch, and keeping watch",
                    accom="a bunk on board and a bed in the crew house when in port",
                    W=["Deckhand", "Crew Member"], E=["Vessel Owner", "Owner"]),
    "manufacturing": dict(job=["production operator", "machine operator"], job_id="operator produksi",
                          duties="operating and cleaning production machinery and packing finished goods",
                          accom="a bed in a dormitory room for no more than six persons",
                          W=["Operator", "Employee"], E=["Factory", "Company"]),
}

COMPANY = {
    ("construction", "QA"): "Al Waha Building Contractors W.L.L.", ("construction", "SG"): "Lion City Builders Pte. Ltd.",
    ("construction", "SA"): "Desert Line Contracting Co.", ("construction", "AE"): "Falcon Civil Works L.L.C.",
    ("construction", "MY"): "Mega Jaya Construction Sdn. Bhd.",
    ("hospitality", "AE"): "Dune View Resort L.L.C.", ("hospitality", "BH"): "Seef Corniche Hotel W.L.L.",
    ("hospitality", "QA"): "Pearl Bay Hotel W.L.L.", ("hospitality", "SA"): "Red Sea Suites Co.",
    ("hospitality", "OM"): "Muscat Garden Hotel L.L.C.",
    ("cleaning", "AE"): "Sparkle Facility Management L.L.C.", ("cleaning", "KW"): "Gulf Shine Cleaning Co.",
    ("cleaning", "QA"): "Al Noor Facility Services W.L.L.", ("cleaning", "JO"): "Amman Clean Services Co.",
    ("cleaning", "BH"): "Bahrain Hygiene Services W.L.L.",
    ("plantation", "MY"): "Golden Harvest Plantations Sdn. Bhd.",
    ("manufacturing", "TW"): "Formosa Precision Components Co., Ltd.", ("manufacturing", "MY"): "Penang Circuit Assembly Sdn. Bhd.",
    ("fishing", "OM"): "Harbour Star Fishing Co. L.L.C.",
}
SITE = {"construction": "the building sites of {co} in and around {city}",
        "hospitality": "the {co}, {city}", "cleaning": "the client sites served by {co} in {city}",
        "plantation": "the Johor estate of {co}", "manufacturing": "the {co} factory in {city}",
        "fishing": "the fishing vessels of {co}, home port Sur"}

HOUSEHOLD = {
    "HK": [("Mrs. Wong Mei Ling", "Mrs. Wong", "F"), ("Mr. Chan Ka Ho", "Mr. Chan", "M"), ("Mrs. Leung Wai Man", "Mrs. Leung", "F")],
    "SG": [("Mdm Lim Bee Hoon", "Mdm Lim", "F")],
    "MY": [("Mr. Rahman bin Yusof", "Mr. Rahman", "M"), ("Mrs Tan Siew Ling", "Mrs Tan", "F"), ("Puan Noraini binti Hassan", "Puan Noraini", "F")],
    "TW": [("Mrs. Huang Shu-fen", "Mrs. Huang", "F"), ("Mr. Lin Chih-wei", "Mr. Lin", "M")],
    "SA": [("Mr. Abdullah Al-Harbi", "Mr. Al-Harbi", "M")],
    "AE": [("Mr. Khalid Al Mansoori", "Mr. Khalid", "M")],
    "QA": [("Mrs. Aisha Al-Kuwari", "Mrs. Al-Kuwari", "F")],
    "KW": [("Mrs. Noura Al-Enezi", "Mrs. Noura", "F"), ("Mr. Fahad Al-Mutairi", "Mr. Fahad", "M")],
    "OM": [("Mr. Salim Al-Busaidi", "Mr. Salim", "M")],
    "BH": [("Mrs. Maryam Al-Sayed", "Mrs. Maryam", "F")],
    "LB": [("Mrs Rania Haddad", "Mrs Haddad", "F"), ("Mr. Georges Khoury", "Mr. Khoury", "M")],
    "JO": [("Mr. Omar Khatib", "Mr. Khatib", "M"), ("Mrs. Lina Nasser", "Mrs. Nasser", "F")],
}
# small businesses run by a named person (names layouts outside households)
NAMED_BUSINESS = {
    ("hospitality", "MY"): ("Mrs Tan Siew Ling, owner of the Tan Kee Restaurant, Petaling Jaya", "Mrs Tan", "F", "the Tan Kee Restaurant in Petaling Jaya"),
    ("fishing", "TW"): ("Mr. Lin Chih-wei, owner of the fishing vessel Jin Fu Sheng No. 8", "Mr. Lin", "M", "the fishing vessel Jin Fu Sheng No. 8, home port Donggang"),
}

GLOSS = {
    "ar": {"job": "الوظيفة", "pay": "الأجر", "hours": "ساعات العمل", "rest": "الراحة والإجازات", "rest_missing": "الإجازات", "pay_missing": "الأمور الإدارية", "hours_missing": "العمل الإضافي",
           "board": "السكن والطعام", "medical": "الرعاية الطبية", "costs": "التكاليف", "docs": "الوثائق",
           "conduct": "السلوك", "travel": "السفر والعودة", "travel_missing": "السفر", "ending": "انتهاء العقد",
           "complaints": "الشكاوى", "general": "أحكام عامة"},
    "zh": {"job": "職位", "pay": "工資", "hours": "工作時間", "rest": "休息日及假期", "rest_missing": "假期", "pay_missing": "行政安排", "hours_missing": "加班",
           "board": "膳宿", "medical": "醫療", "costs": "費用", "docs": "證件", "conduct": "行為守則",
           "travel": "旅費及回程", "travel_missing": "旅費", "ending": "終止合約", "complaints": "投訴",
           "general": "一般條款"},
    "ms": {"job": "Jawatan", "pay": "Gaji", "hours": "Waktu Bekerja", "rest": "Cuti Rehat", "rest_missing": "Cuti", "pay_missing": "Pentadbiran", "hours_missing": "Kerja Lebih Masa",
           "board": "Tempat Tinggal", "medical": "Rawatan Perubatan", "costs": "Kos", "docs": "Dokumen",
           "conduct": "Tatakelakuan", "travel": "Perjalanan Pulang", "travel_missing": "Perjalanan",
           "ending": "Penamatan", "complaints": "Aduan", "general": "Am"},
}

HEAD = {  # en headings for role / name documents (a contract uses one column, in capitals or not)
    "job": ["The Job", "Position and Place of Work", "Engagement"],
    "pay": ["Pay", "Remuneration", "Wages"],
    "hours": ["Hours of Work", "Working Time", "Hours"],
    "rest": ["Rest Days and Leave", "Time Off", "Days Off and Holidays"],
    "rest_missing": ["Leave", "Holidays", "Leave"],
    "pay_missing": ["Banking and Records", "Administration", "Banking"],
    "hours_missing": ["Overtime and Records", "Records of Work", "Overtime"],
    "board": ["Accommodation and Meals", "Board and Lodging", "Housing and Food"],
    "medical": ["Health and Insurance", "Medical Care", "Health"],
    "costs": ["Recruitment Costs", "Who Pays for What", "Costs"],
    "docs": ["Personal Documents", "Passport and Permits", "Documents"],
    "conduct": ["Conduct and Private Life", "Personal Matters", "Private Life"],
    "travel": ["Travel and Return Home", "Journey Home", "Repatriation"],
    "travel_missing": ["Travel", "Journeys", "Travel"],
    "ending": ["Ending the Contract", "Termination and Transfer", "Termination"],
    "complaints": ["Complaints and Help", "Grievances", "Getting Help"],
    "general": ["General", "Law and Language", "Miscellaneous"],
}
LETTER_HEAD = {"job": "Your job", "pay": "Your pay", "hours": "Working hours", "rest": "Days off and holidays",
               "rest_missing": "Holidays", "pay_missing": "Banking", "hours_missing": "Overtime", "board": "Where you will live", "medical": "Health",
               "costs": "Costs of recruitment", "docs": "Your documents", "conduct": "Your private life",
               "travel": "Going home", "travel_missing": "Travel", "ending": "Ending the contract",
               "complaints": "Getting help", "general": "Other matters"}
HEAD_ID = {"job": "PEKERJAAN", "pay": "UPAH", "hours": "WAKTU KERJA", "rest": "HARI LIBUR DAN CUTI",
           "rest_missing": "CUTI", "pay_missing": "ADMINISTRASI", "hours_missing": "LEMBUR", "board": "TEMPAT TINGGAL DAN MAKAN", "medical": "KESEHATAN DAN ASURANSI",
           "costs": "BIAYA PENEMPATAN", "docs": "DOKUMEN PRIBADI", "conduct": "KEHIDUPAN PRIBADI",
           "travel": "PEMULANGAN", "travel_missing": "PERJALANAN", "ending": "BERAKHIRNYA PERJANJIAN",
           "complaints": "PENGADUAN", "general": "KETENTUAN PENUTUP"}
FAQ_PARTS = [("ABOUT THE JOB", ["job"]), ("MONEY", ["pay", "costs"]),
             ("WORKING TIME AND TIME OFF", ["hours", "rest"]), ("DAILY LIFE", ["board", "medical", "docs", "conduct"]),
             ("GOING HOME AND LEAVING", ["travel", "ending"]), ("HELP", ["complaints"]), ("OTHER QUESTIONS", ["general"])]
FAQ_PARTS_ID = [("PEKERJAAN", ["job"]), ("UANG", ["pay", "costs"]), ("WAKTU KERJA DAN LIBUR", ["hours", "rest"]),
                ("KEHIDUPAN SEHARI-HARI", ["board", "medical", "docs", "conduct"]),
                ("PULANG DAN BERHENTI", ["travel", "ending"]), ("BANTUAN", ["complaints"]), ("LAIN-LAIN", ["general"])]

# --------------------------------------------------------------------------
# the plan: (key, lang, role, layout, pov, sector, dest, origin, sex, spec, annexes, caps_all)
#   spec: abuse -> "CTR-005:y CTR-007:i"; ctr010 -> missing elements;
#         pair -> change; clean -> ""
# --------------------------------------------------------------------------
PLAN = [
    ("A1", "en", "abuse", "letter", "you-we", "domestic", "SA", "PH", "F", "CTR-005:y CTR-007:i", "decl", 0),
    ("A2", "en", "abuse", "letter", "you-we", "construction", "QA", "NP", "M", "CTR-002:y", "", 0),
    ("A3", "en", "abuse", "letter", "you-we", "hospitality", "AE", "KE", "F", "CTR-006:y CTR-009:y", "", 0),
    ("A4", "en", "abuse", "letter", "you-we", "care", "HK", "PH", "F", "CTR-001:y CTR-004:r CTR-006:y", "rules", 0),
    ("A5", "en", "abuse", "letter", "you-we", "plantation", "MY", "BD", "M", "CTR-003:y CTR-008:y", "cost", 0),
    ("A6", "en", "abuse", "letter", "you-we", "domestic", "KW", "LK", "F", "CTR-004:y", "", 0),
    ("A7", "en", "abuse", "letter", "you-we", "manufacturing", "TW", "VN", "F", "CTR-002:t CTR-005:y", "cost", 0),
    ("A8", "en", "abuse", "faq", "you-we", "cleaning", "AE", "UG", "M", "CTR-007:y", "", 0),
    ("A9", "en", "abuse", "faq", "you-we", "domestic", "HK", "ID", "F", "CTR-003:y CTR-006:y", "", 0),
    ("A10", "en", "abuse", "faq", "you-we", "hospitality", "BH", "PH", "F", "CTR-001:y CTR-008:y CTR-009:i", "decl", 0),
    ("A11", "en", "abuse", "faq", "you-we", "construction", "SG", "BD", "M", "CTR-002:y CTR-004:y", "", 0),
    ("A12", "en", "abuse", "names", "names", "domestic", "MY", "ID", "F", "CTR-001:p CTR-005:p", "rules", 0),
    ("A13", "en", "abuse", "names", "names", "care", "TW", "PH", "F", "CTR-007:p", "docs", 0),
    ("A14", "en", "abuse", "names", "names", "domestic", "LB", "ET", "F", "CTR-003:p CTR-006:r CTR-008:p", "rules", 0),
    ("A15", "en", "abuse", "names", "names", "hospitality", "MY", "NP", "M", "CTR-009:p", "", 0),
    ("A16", "en", "abuse", "names", "names", "domestic", "JO", "KE", "F", "CTR-002:i CTR-004:p", "decl", 0),
    ("A17", "en", "abuse", "names", "names", "fishing", "TW", "ID", "M", "CTR-001:p", "", 0),
    ("A18", "en", "abuse", "names", "names", "domestic", "OM", "IN", "F", "CTR-005:p CTR-007:p CTR-009:p", "", 0),
    ("A19", "en", "abuse", "article", "roles", "construction", "SA", "IN", "M", "CTR-001:r CTR-003:p", "rules", 0),
    ("A20", "en", "abuse", "article", "roles", "hospitality", "QA", "PH", "F", "CTR-006:p", "decl", 0),
    ("A21", "en", "abuse", "article", "roles", "cleaning", "KW", "ET", "F", "CTR-004:p CTR-005:p", "", 0),
    ("A22", "en", "abuse", "article", "roles", "manufacturing", "MY", "MM", "M", "CTR-007:r CTR-008:p", "rules", 0),
    ("A23", "en", "abuse", "article", "roles", "domestic", "AE", "PH", "F", "CTR-002:p", "", 1),
    ("A24", "en", "abuse", "schedule", "roles", "plantation", "MY", "ID", "M", "CTR-002:t CTR-003:t CTR-007:p", "cost", 0),
    ("A25", "en", "abuse", "schedule", "roles", "construction", "AE", "BD", "M", "CTR-008:i", "decl", 0),
    ("A26", "en", "abuse", "schedule", "roles", "care", "SG", "MM", "F", "CTR-001:t CTR-009:p", "docs", 0),
    ("A27", "en", "abuse", "schedule", "roles", "cleaning", "QA", "KE", "F", "CTR-006:p", "", 0),
    ("A28", "en", "abuse", "table", "roles", "domestic", "BH", "IN", "F", "CTR-004:p CTR-005:i CTR-009:r", "decl rules", 0),
    ("A29", "en", "abuse", "table", "roles", "fishing", "OM", "BD", "M", "CTR-003:p", "", 1),
    ("A30", "en", "abuse", "table", "names", "domestic", "KW", "PH", "F", "CTR-006:p CTR-007:t", "cost", 0),
    ("A31", "en", "abuse", "outline", "roles", "hospitality", "SA", "KE", "M", "CTR-009:p", "", 0),
    ("A32", "en", "abuse", "outline", "roles", "domestic", "HK", "PH", "F", "CTR-001:p CTR-002:p CTR-008:i", "decl", 0),
    ("A33", "en", "abuse", "outline", "roles", "care", "LB", "LK", "F", "CTR-008:p", "decl", 0),
    ("A34", "en", "abuse", "outline", "roles", "cleaning", "JO", "UG", "F", "CTR-004:p", "", 0),
    ("I1", "id", "abuse", "surat", "anda-kami", "domestic", "HK", "ID", "F", "CTR-005:id", "", 0),
    ("I2", "id", "abuse", "bab", "peran", "plantation", "MY", "ID", "M", "CTR-001:id", "", 0),
    ("I3", "id", "abuse", "tanya", "anda", "care", "TW", "ID", "F", "CTR-003:id CTR-007:id", "", 0),
    ("I4", "id", "abuse", "nama", "nama", "domestic", "MY", "ID", "F", "CTR-005:id CTR-006:id", "", 0),
    ("I5", "id", "abuse", "bab", "peran", "manufacturing", "TW", "ID", "F", "CTR-003:id CTR-009:id", "", 0),
    ("I6", "id", "abuse", "surat", "anda-kami", "domestic", "SA", "ID", "F", "CTR-002:id CTR-004:id CTR-008:id", "", 0),
    ("C1", "en", "clean", "letter", "you-we", "hospitality", "QA", "IN", "M", "", "decl", 0),
    ("C2", "en", "clean", "faq", "you-we", "domestic", "SG", "PH", "F", "", "", 0),
    ("C3", "en", "clean", "names", "names", "care", "HK", "ID", "F", "", "rules", 0),
    ("C4", "en", "clean", "schedule", "roles", "construction", "MY", "NP", "M", "", "cost docs", 0),
    ("C5", "en", "clean", "outline", "roles", "domestic", "SA", "KE", "F", "", "decl", 0),
    ("I7", "id", "clean", "nama", "nama", "domestic", "HK", "ID", "F", "", "", 0),
    ("D1", "en", "ctr010", "letter", "you-we", "cleaning", "AE", "PH", "F", "wage", "decl", 0),
    ("D2", "en", "ctr010", "faq", "you-we", "manufacturing", "TW", "PH", "M", "hours", "", 0),
    ("D3", "en", "ctr010", "article", "roles", "construction", "QA", "NP", "M", "rest", "", 0),
    ("D4", "en", "ctr010", "schedule", "roles", "plantation", "MY", "IN", "M", "repat", "cost", 0),
    ("D5", "en", "ctr010", "outline", "roles", "hospitality", "OM", "LK", "F", "complaint", "", 0),
    ("D6", "en", "ctr010", "names", "names", "domestic", "LB", "ET", "F", "wage complaint", "rules", 0),
    ("D7", "en", "ctr010", "table", "roles", "domestic", "HK", "PH", "F", "hours repat", "", 0),
    ("I8", "id", "ctr010", "surat", "anda-kami", "care", "TW", "ID", "F", "rest", "", 0),
    ("P1", "en", "pair", "names", "names", "domestic", "MY", "ID", "F", "wage", "rules", 0),
    ("P2", "en", "pair", "letter", "you-we", "construction", "SA", "BD", "M", "hours", "", 0),
    ("P3", "en", "pair", "table", "names", "care", "HK", "PH", "F", "rest-fewer", "", 0),
    ("P4", "en", "pair", "names", "names", "domestic", "JO", "UG", "F", "identical", "", 0),
    ("P5", "en", "pair", "article", "roles", "cleaning", "BH", "KE", "F", "rest-more", "docs", 0),
    ("I9", "id", "pair", "tanya", "anda", "domestic", "SG", "ID", "F", "rest-fewer", "", 0),
]
LESS_FAVOURABLE = {"wage", "hours", "rest-fewer"}

# pair changes: element -> (origin text/row, destination text/row)
PAIR_CHANGE = {
    "P1": ("wage", "p", "{Ec} shall pay {W} a monthly wage of {wage}.", None),
    "P2": ("hours", "ky", ("Working hours", "8 a day, 48 a week, Saturday to Thursday"),
           ("Working hours", "11 a day, 66 a week, Saturday to Thursday")),
    "P3": ("rest", "p", "{Wc} has one rest day of twenty-four hours in every week.",
           "{Wc} has one rest day of twenty-four hours in every month."),
    "P4": None,
    "P5": ("rest", "p", "{Wc} is entitled to one rest day in each week, on full pay.",
           "{Wc} is entitled to two rest days in each week, on full pay."),
    "I9": ("rest", "id", ("Apakah saya mendapat hari libur?", "Anda mendapat satu hari libur penuh setiap minggu."),
           ("Apakah saya mendapat hari libur?", "Anda mendapat satu hari libur penuh setiap bulan.")),
}
PAIR_DEST_WAGE = {"P1": 1500}


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def is_mk(ch):
    return MK0 <= ord(ch) < MK0 + 256


def vlen(s):
    return sum(0 if is_mk(ch) else 1 for ch in s)


def wrap(text, width, first="", indent=""):
    out, cur, curlen, empty = [], first, vlen(first), True
    for w in text.split():
        wl = vlen(w)
        if empty:
            cur += w
            curlen += wl
            empty = False
        elif curlen + 1 + wl <= width:
            cur += " " + w
            curlen += 1 + wl
        else:
            out.append(cur)
            cur, curlen = indent + w, len(indent) + wl
    out.append(cur)
    return out


def nice(x):
    if x >= 1000:
        return int(round(x / 100.0)) * 100
    if x >= 100:
        return int(round(x / 10.0)) * 10
    return max(5, int(round(x / 5.0)) * 5)


def idnum(n):
    return "{:,}".format(n).replace(",", ".")


PH_RE = re.compile(r"\{(\w+)\}")


def fill(text, ctx):
    def rep(m):
        k = m.group(1)
        if k not in ctx:
            raise KeyError("placeholder %s in %r" % (k, text))
        return ctx[k]
    return PH_RE.sub(rep, text)


def cap1(s):
    return s[:1].upper() + s[1:]


class Doc:
    def __init__(self, width, rng):
        self.lines = []
        self.width = width
        self.rng = rng

    def add(self, s=""):
        self.lines.append(s)

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def para(self, text, first="", indent=None, caps=False):
        if caps:
            text = text.upper()
        if indent is None:
            indent = " " * len(first)
        self.lines.extend(wrap(text, self.width, first, indent))

    def table(self, header, rows, widths, rule="md"):
        def emit(cells):
            parts = [wrap(c, w) if c else [""] for c, w in zip(cells, widths)]
            n = max(len(p) for p in parts)
            for i in range(n):
                segs = []
                for p, w in zip(parts, widths):
                    s = p[i] if i < len(p) else ""
                    segs.append(s + " " * (w - vlen(s)))
                self.lines.append("| " + " | ".join(segs) + " |")
        if header:
            emit(header)
            self.lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        for r in rows:
            emit(r)


# --------------------------------------------------------------------------
# contract set-up
# --------------------------------------------------------------------------
class C:
    pass


def setup(plan_row, idx, used_names):
    key, lang, role, layout, pov, sector, dest, origin, sex, spec, annex, caps_all = plan_row
    c = C()
    c.key, c.lang, c.role, c.layout, c.pov, c.sector = key, lang, role, layout, pov, sector
    c.dest, c.origin, c.sex, c.spec, c.caps_all = dest, origin, sex, spec, caps_all
    c.annex = annex.split()
    c.rng = random.Random(SEED * 1000 + idx)
    r = c.rng
    D, O, S = DEST[dest], ORIG[origin], SECT[sector]
    c.hh = sector in HH
    c.abuse = [tuple(x.split(":")) for x in spec.split()] if role == "abuse" else []
    c.missing = spec.split() if role == "ctr010" else []
    c.pair = spec if role == "pair" else None
    c.wage = WAGE_SECTOR.get((dest, sector), WAGE[dest])
    c.width = r.choice([68, 70, 72, 74, 76, 78, 80])
    c.typographic = 1 if (lang == "en" and r.random() < 0.22) else 0
    # worker
    pool = [n for n in O[sex] if n not in used_names]
    c.wfull = r.choice(pool)
    used_names.add(c.wfull)
    parts = c.wfull.split()
    c.wfirst = parts[-1] if origin == "VN" else (parts[1] if parts[0] == "Md." else parts[0])
    title = "Ms." if sex == "F" else "Mr."
    c.home = r.choice(O["cities"])
    # employer
    co = COMPANY.get((sector, dest))
    nb = NAMED_BUSINESS.get((sector, dest))
    if c.hh:
        efull, eshort, esex = r.choice(HOUSEHOLD[dest])
        c.efull, c.eshort, c.epron = efull, eshort, ("she" if esex == "F" else "he")
        place = "the home of %s at %s, %s" % (eshort, D["addr"], D["city"])
    elif pov == "names" and nb:
        c.efull, c.eshort, esex, place = nb[0], nb[1], nb[2], nb[3]
        c.epron = "she" if esex == "F" else "he"
    else:
        c.efull = co
        c.eshort = co.split(" W.L.L.")[0].split(" L.L.C.")[0].split(" Co.")[0].split(" Sdn.")[0].split(" Pte.")[0]
        c.epron = "it"
        place = fill(SITE[sector], dict(city=D["city"], co=c.eshort))
    c.agency, c.ashort = O["agency"]
    # amounts
    fmt = r.choice(D["fmts"])
    c.curfmt = fmt

    def money(n):
        return fmt.format(n)
    c.money = money
    fee = O["fee_amt"]
    amt = dict(fee=O["fee"].format(fee), fee2=O["fee"].format(nice(fee / 5.0)),
               dep=money(nice(c.wage * 1.5)), dep2=money(nice(c.wage * 4)),
               ded=money(nice(c.wage * 0.2)), pocket=money(nice(c.wage * 0.15)),
               food=money(nice(c.wage * 0.2)))
    if lang == "id":
        idf = D["fmt_id"]
        amt = dict(fee="Rp " + idnum(fee), fee2="Rp " + idnum(nice(fee / 5.0)),
                   dep=idf.format(idnum(nice(c.wage * 1.5))), dep2=idf.format(idnum(nice(c.wage * 4))),
                   ded=idf.format(idnum(nice(c.wage * 0.2))), pocket=idf.format(idnum(nice(c.wage * 0.15))),
                   food=idf.format(idnum(nice(c.wage * 0.2))))
    c.amt = amt
    # consulate
    if dest == "HK":
        cons = "the Consulate General of %s in Hong Kong" % O["name"]
    elif dest == "TW":
        cons = {"PH": "the Manila Economic and Cultural Office", "ID": "the Indonesian Economic and Trade Office in Taipei",
                "VN": "the Vietnam Economic and Cultural Office in Taipei"}[origin]
    else:
        cons = "the Embassy of %s in %s" % (O["name"], D["city"] if dest not in ("AE",) else "Abu Dhabi")
    cons_id = {"HK": "KJRI Hong Kong", "TW": "KDEI Taipei", "MY": "KBRI Kuala Lumpur",
               "SG": "KBRI Singapura", "SA": "KJRI Jeddah"}.get(dest, "KBRI")
    c.jobtitle = r.choice(S["job"])
    ctx = dict(country=D["country"], city=D["city"], home=c.home, ocountry=O["name"], labour=D["labour"],
               labourc=cap1(D["labour"]), consulate=cons, hotline=D["hotline"], dayoff=D["dayoff"],
               dayoff_id=D["dayoff_id"], lang=O["lang"], jobtitle=("a " if c.jobtitle[0] not in "aeiou" else "an ") + c.jobtitle,
               duties=S["duties"], accom=S["accom"], al=r.choice(["fourteen", "fifteen", "twenty-one"]),
               place=place, consulate_id=cons_id, hotline_id=D["hotline_id"], country_id=D["country_id"],
               jobtitle_id=S["job_id"], wage=fmt.format(c.wage))
    if sector == "construction":
        ctx["duties"] = S["duties"]
    ctx.update(amt)
    he, him, his = ("she", "her", "her") if sex == "F" else ("he", "him", "his")
    ctx.update(he=he, He=cap1(he), him=him, his=his, His=cap1(his),
               eit=c.epron, eits={"it": "its", "he": "his", "she": "her"}[c.epron])
    # references
    if lang == "id":
        ctx["wage"] = D["fmt_id"].format(idnum(c.wage))
        if pov == "anda-kami":
            W, E = "Anda", "kami"
        elif pov == "anda":
            W, E = "Anda", "majikan Anda"
        elif pov == "nama":
            W = r.choice(["Sdri. " + c.wfull, c.wfirst])
            E = c.eshort.replace("Mrs. ", "Ibu ").replace("Mrs ", "Ibu ").replace("Mr. ", "Bapak ").replace("Mdm ", "Ibu ")
            c.eshort_id = E
        else:
            W = r.choice(["PMI", "Pekerja"])
            E = "Perusahaan" if not c.hh else "Majikan"
        A = r.choice(["Agensi", "P3MI"]) if pov != "nama" else c.ashort
        if pov in ("anda-kami", "anda"):
            A = "P3MI"
        c.W, c.E, c.A = W, E, A
        ctx.update(W=W, Wc=cap1(W), Wp=W, Wpc=cap1(W), E=E, Ec=cap1(E), Ep=E, Epc=cap1(E), A=A, Ac=cap1(A))
        ctx["place_id"] = ("rumah %s di %s" % (E, D["city"])) if c.hh else ("%s di %s" % (c.eshort, D["city"]))
    else:
        if pov == "names":
            W = r.choice([c.wfirst, c.wfirst, "%s %s" % (title, c.wfull)])
            E = c.eshort
            A = c.ashort
        elif pov == "roles":
            W = "the " + r.choice(S["W"])
            E = "the " + r.choice(S["E"])
            A = "the " + r.choice(["Recruiter", "Placement Agency", "Intermediary", "Agency"])
        else:  # you-we: third-person references are used in declarations, rules and tables
            W = c.wfirst
            E = c.eshort
            A = c.ashort
        c.W, c.E, c.A = W, E, A
        poss = (lambda s: s + "'")if False else (lambda s: s + "'s")
        ctx.update(W=W, Wc=cap1(W), Wp=poss(W), Wpc=cap1(poss(W)), E=E, Ec=cap1(E), Ep=poss(E), Epc=cap1(poss(E)),
                   A=A, Ac=cap1(A))
    c.ctx = ctx
    c.title = title
    return c


# --------------------------------------------------------------------------
# allocation of abusive variants and look-alikes (global, deterministic)
# --------------------------------------------------------------------------
def tag_ok(v, c, forbid=()):
    t = v["tags"]
    if "hh" in t and not c.hh:
        return False
    if "site" in t and c.hh:
        return False
    if "fam" in t and not (c.hh and c.pov == "you-we"):
        return False
    if "co" in t and (c.hh or c.pov != "you-we"):
        return False
    if "cost" in t and "cost" not in c.annex:
        return False
    if "docs" in t and "docs" not in c.annex:
        return False
    for f in forbid:
        if f in t:
            return False
    return True


def allocate_abuse(cs, rng):
    slots = []
    for c in cs:
        for rule, form in c.abuse:
            slots.append((c, rule, form))
    used = set()
    cand = {}
    for s in slots:
        c, rule, form = s
        cand[id(s)] = [i for i, v in enumerate(ABUSE) if v["rule"] == rule and v["form"] == form and tag_ok(v, c)]
    order = sorted(range(len(slots)), key=lambda k: (len(cand[id(slots[k])]), k))
    for k in order:
        c, rule, form = slots[k]
        opts = [i for i in cand[id(slots[k])] if i not in used]
        if not opts:
            raise SystemExit("no abusive variant left for %s %s %s" % (c.key, rule, form))
        i = rng.choice(opts)
        used.add(i)
        c.abuse_items.append((rule, ABUSE[i]))
    for c in cs:
        c.abuse_items.sort(key=lambda x: x[0])
    return used


def lookalike_plan(c, rng):
    own = {r for r, _ in c.abuse}
    female_ok = c.sex == "F" and c.dest != "SG"
    allowed = [r for r in RULES if r not in own and (female_ok or r not in ("CTR-005", "CTR-006"))]
    if c.role == "ctr010":
        allowed = [r for r in allowed if r in ("CTR-001", "CTR-002", "CTR-003", "CTR-005", "CTR-006", "CTR-008")]
        if "wage" in c.missing or "repat" in c.missing:
            allowed = [r for r in allowed if r != "CTR-002"]
        n = rng.choice([1, 2, 3])
    elif c.role == "clean":
        n = 6
    elif c.role == "pair":
        n = 3
    else:
        n = 3 if female_ok else 2
    if female_ok and c.role in ("abuse", "clean", "pair"):
        fem = [r for r in allowed if r in ("CTR-005", "CTR-006")]
        first = [rng.choice(fem)] if fem else []
        rest = [r for r in allowed if r not in first]
        return first + rng.sample(rest, n - len(first))
    return rng.sample(allowed, n)


def allocate_look(cs, rng):
    use = {}
    for c in cs:
        types = lookalike_plan(c, rng)
        forbid = []
        if "wage" in c.missing:
            forbid.append("wage")
        if "repat" in c.missing:
            forbid.append("travel")
        if "complaint" in c.missing:
            forbid.append("chan")
        voice = "id" if c.lang == "id" else ("y" if c.pov == "you-we" else "p")
        forms = [voice]
        if "decl" in c.annex:
            forms.append("i")
        if "rules" in c.annex:
            forms.append("r")
        if "cost" in c.annex or "docs" in c.annex:
            forms.append("t")
        for rule in types:
            opts = [i for i, v in enumerate(LOOK) if v["rule"] == rule and v["form"] in forms and tag_ok(v, c, forbid)]
            # prefer annex forms a third of the time when available
            annex_opts = [i for i in opts if LOOK[i]["form"] != voice]
            voice_opts = [i for i in opts if LOOK[i]["form"] == voice]
            pick_from = annex_opts if (annex_opts and (rng.random() < 0.35 or not voice_opts)) else voice_opts
            low = min(use.get(i, 0) for i in pick_from)
            best = [i for i in pick_from if use.get(i, 0) == low]
            i = rng.choice(best)
            use[i] = use.get(i, 0) + 1
            c.look_items.append((rule, LOOK[i]))
    return use


# --------------------------------------------------------------------------
# content assembly
# --------------------------------------------------------------------------
def item(c, text, kind, q=None, lead=None, marker=None, rule=None, form=None, cells=None):
    return dict(text=text, kind=kind, q=q, lead=lead, marker=marker, rule=rule, form=form, cells=cells)


def mark(text, mk):
    if "@" in text:
        return text.replace("@", mk, 1)
    return mk + text


def assemble(c, version):
    """Build c.topics (topic -> items), c.keyterms, c.decl, c.rules, c.cost, c.docs."""
    r = random.Random(SEED * 7 + hash_key(c.key))
    ctx = dict(c.ctx)
    if version == "dest" and c.key in PAIR_DEST_WAGE:
        ctx["wage"] = c.curfmt.format(PAIR_DEST_WAGE[c.key])
    topics = {t: [] for t in TOPICS}
    keyterms, decl, rules, cost, docs = [], [], [], [], []
    lang = c.lang
    voice = "id" if lang == "id" else ("y" if c.pov == "you-we" else "p")
    uses_k = c.layout in ("letter", "schedule")
    # elements
    for el in ELEMENTS:
        topic = ELEM_TOPIC[el]
        if el in c.missing:
            topic = "general" if el == "complaint" else topic
            src = DECOY[el]
            if uses_k and r.random() < 0.5:
                lab, val = r.choice(src["ky" if voice == "y" else "kp"])
                keyterms.append((fill(lab, ctx), fill(val, ctx)))
            else:
                e = r.choice(src[voice])
                if voice in ("y", "id"):
                    topics[topic].append(item(c, fill(e[1], ctx), "decoy", q=e[0], lead=(e[2] if len(e) > 2 else None)))
                else:
                    topics[topic].append(item(c, fill(e, ctx), "decoy"))
            continue
        pc = PAIR_CHANGE.get(c.key)
        if pc and pc[0] == el:
            _, form, o_txt, d_txt = pc
            txt = d_txt if (version == "dest" and d_txt is not None) else o_txt
            if form == "ky":
                keyterms.append((fill(txt[0], ctx), fill(txt[1], ctx)))
            elif form == "id":
                topics[topic].append(item(c, fill(txt[1], ctx), "elem", q=txt[0]))
            else:
                topics[topic].append(item(c, fill(txt, ctx), "elem"))
            continue
        src = ELEM[el]
        if uses_k and (c.layout == "schedule" or r.random() < 0.5):
            lab, val = r.choice(src["ky" if voice == "y" else "kp"])
            keyterms.append((fill(lab, ctx), fill(val, ctx)))
        elif voice == "p":
            pool = list(src["p"]) + list(src.get("p_hh" if c.hh else "p_site", []))
            topics[topic].append(item(c, fill(r.choice(pool), ctx), "elem"))
        else:
            e = r.choice(src[voice])
            topics[topic].append(item(c, fill(e[1], ctx), "elem", q=e[0], lead=(e[2] if len(e) > 2 else None)))
    # ordinary clauses
    for t, src in ORD.items():
        topic = "rest" if t == "leave" else t
        pool = src[voice]
        if voice == "p":
            chosen = [x for x in pool if r.random() < 0.75]
            if t in ("job", "general") and pool[0] not in chosen:
                chosen.insert(0, pool[0])
            chosen = chosen or [pool[0]]
            for x in chosen:
                topics[topic].append(item(c, fill(x, ctx), "ord"))
        else:
            for e in pool:
                if r.random() < 0.8 or e is pool[0]:
                    topics[topic].append(item(c, fill(e[1], ctx), "ord", q=e[0], lead=(e[2] if len(e) > 2 else None)))
    # job items first in the job topic (preserve order)
    # abusive clauses
    n = 0
    for rule, v in c.abuse_items:
        mk = chr(MK0 + n)
        n += 1
        form = v["form"]
        if form == "t":
            cells = [fill(x, ctx) for x in v["cells"]]
            cells[0] = mk + cells[0]
            (cost if "cost" in v["tags"] else docs).append(cells)
            continue
        text = mark(fill(v["text"], ctx), mk)
        it = item(c, text, "abuse", q=v["q"], lead=v.get("lead"), marker=mk, rule=rule, form=form)
        if form == "i":
            decl.append(it)
        elif form == "r":
            rules.append(it)
        else:
            topics[v["topic"]].append(it)
    # look-alikes
    for rule, v in c.look_items:
        form = v["form"]
        if form == "t":
            cells = [fill(x, ctx) for x in v["cells"]]
            (cost if "cost" in v["tags"] else docs).append(cells)
            continue
        it = item(c, fill(v["text"], ctx), "look", q=v["q"], lead=v.get("lead"), rule=rule, form=form)
        if form == "i":
            decl.append(it)
        elif form == "r":
            rules.append(it)
        else:
            topics[v["topic"]].append(it)
    # neutral annex content
    if "decl" in c.annex:
        for x in DECL_NEUTRAL:
            if r.random() < 0.7:
                decl.insert(r.randint(0, len(decl)), item(c, fill(x, ctx), "ord"))
    if "rules" in c.annex:
        for x in RULES_NEUTRAL["hh" if c.hh else "site"]:
            if r.random() < 0.75:
                rules.insert(r.randint(0, len(rules)), item(c, fill(x, ctx), "ord"))
    if "cost" in c.annex:
        neutral = [[fill(x, ctx) for x in row] for row in COST_NEUTRAL]
        if "repat" in c.missing:
            neutral = neutral  # the outward-flight row stays: it is not return travel
        for row in neutral:
            cost.insert(r.randint(0, len(cost)), row)
    if "docs" in c.annex:
        for row in DOCS_NEUTRAL:
            docs.insert(r.randint(0, len(docs)), [fill(x, ctx) for x in row])
    # shuffle within topics, keeping the first job clause first; move abusive
    # clauses to random positions
    for t in TOPICS:
        lst = topics[t]
        if t == "job" and lst:
            head, tail = lst[:1], lst[1:]
            r.shuffle(tail)
            topics[t] = head + tail
        else:
            r.shuffle(lst)
    r.shuffle(decl)
    c.topics, c.keyterms, c.decl, c.rules, c.cost, c.docs = topics, keyterms, decl, rules, cost, docs
    c.ctxv = ctx


def hash_key(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


# --------------------------------------------------------------------------
# rendering helpers
# --------------------------------------------------------------------------
def missing_key(c, topic):
    for t, el in (("pay", "wage"), ("hours", "hours"), ("rest", "rest"), ("travel", "repat")):
        if topic == t and el in c.missing:
            return t + "_missing"
    return topic


def heading_text(c, topic, style_idx):
    key = missing_key(c, topic)
    if c.lang == "id":
        return HEAD_ID[key]
    if c.layout == "letter":
        return LETTER_HEAD[key]
    h = HEAD[key][c.hstyle]
    return h.upper() if c.hupper else h


def gloss(c, topic):
    g = c.gloss
    if not g:
        return ""
    return GLOSS[g][missing_key(c, topic)]


def live_topics(c):
    return [t for t in TOPICS if c.topics[t]]


def para_caps(c, it):
    # a few single paragraphs are set in capitals (decided per paragraph)
    return c.rng2.random() < 0.06


def write_items(c, d, items, first_fn, indent, join_p=0.3):
    """Write items as numbered paragraphs; an abusive item may be appended to
    the previous paragraph (mid-line label)."""
    groups = []
    for it in items:
        if groups and it["kind"] in ("abuse", "look") and c.rng2.random() < join_p:
            groups[-1].append(it)
        else:
            groups.append([it])
    for k, g in enumerate(groups):
        text = " ".join(x["text"] for x in g)
        d.para(text, first_fn(k), indent, caps=para_caps(c, g[0]))


def annex_blocks(c, d, numbering):
    """Render declaration, rules, cost and document tables; numbering is a
    callable giving the annex title prefix."""
    ctx = c.ctxv
    blocks = []
    if c.rules:
        if c.hh:
            t = c.rng2.choice(["HOUSEHOLD ARRANGEMENTS AGREED WITH %s" % c.efull.upper().split(",")[0],
                               "RULES OF THE HOUSE (PART OF THIS CONTRACT)"])
        else:
            t = c.rng2.choice(["RULES OF THE WORKERS' ACCOMMODATION", "STAFF NOTES (FORMING PART OF THE CONTRACT)"])
        blocks.append(("rules", t))
    if c.cost:
        blocks.append(("cost", c.rng2.choice(["COSTS, DEDUCTIONS AND SAVINGS", "WHO PAYS FOR WHAT"])))
    if c.docs:
        blocks.append(("docs", c.rng2.choice(["PERSONAL DOCUMENTS", "CUSTODY OF DOCUMENTS"])))
    if c.decl:
        if c.layout == "letter":
            blocks.append(("decl", "ACCEPTANCE"))
        else:
            blocks.append(("decl", c.rng2.choice(["UNDERTAKING BY THE EMPLOYEE",
                                                  "WORKER'S STATEMENT (READ TO THE WORKER IN %s BEFORE SIGNING)" % ORIG[c.origin]["lang"].upper()])))
    for k, (kind, title) in enumerate(blocks):
        d.blank()
        d.add(numbering(k) + title)
        d.blank()
        if kind == "rules":
            style = c.rng2.choice(["%d) ", "- ", "* "])
            for j, it in enumerate(c.rules):
                pre = style % (j + 1) if "%" in style else style
                d.para(it["text"], pre, " " * len(pre), caps=para_caps(c, it))
        elif kind == "cost":
            d.table(["Item", "Amount", "Who pays / holds", "Notes"], c.cost, [22, 13, 13, 22])
        elif kind == "docs":
            d.table(["Document", "Kept by", "Notes"], c.docs, [22, 13, 30])
        elif kind == "decl":
            if c.layout == "letter":
                d.para("I, %s, accept this offer and confirm that:" % c.wfull)
            else:
                d.para(c.rng2.choice(["I, %s, confirm that:", "I, %s, state as follows:"]) % c.wfull)
            d.blank()
            style = c.rng2.choice(["(%d) ", "(%s) ", "- "])
            for j, it in enumerate(c.decl):
                if style == "(%d) ":
                    pre = style % (j + 1)
                elif style == "(%s) ":
                    pre = "(%s) " % "abcdefghij"[j]
                else:
                    pre = "- "
                d.para(it["text"], pre, " " * len(pre), caps=para_caps(c, it))
            d.blank()
            d.add("Signature of worker: ____________________   Date: ____________")


def signatures(c, d, version):
    d.blank()
    dest_side = version == "dest" and c.pair
    place = city_name(c) if dest_side else c.home
    if c.lang == "id":
        d.add("Ditandatangani di %s pada tanggal %s." % (place, c.date_dest if dest_side else c.date))
        d.blank()
        d.add("%-34s %s" % ("Pihak Pertama,", "Pihak Kedua,"))
        d.blank()
        d.add("%-34s %s" % ("(%s)" % c.efull.split(",")[0], "(%s)" % c.wfull))
    else:
        d.add("Signed at %s on %s." % (place, c.date_dest if dest_side else c.date))
        d.blank()
        d.add("%-38s %s" % ("For the employer:", "The worker:"))
        d.blank()
        d.add("%-38s %s" % ("______________________", "______________________"))
        d.add("%-38s %s" % (c.efull.split(",")[0][:37], c.wfull))
        if c.rng2.random() < 0.6:
            d.blank()
            d.add("Witness (for %s): ______________________" % c.agency)


def city_name(c):
    return {"SG": "Singapura", "KW": "Kota Kuwait"}.get(c.dest, c.ctxv["city"]) if c.lang == "id" else c.ctxv["city"]


def version_line(c, version):
    if not c.pair:
        return None
    if c.lang == "id":
        if version == "dest":
            return "(Naskah ini ditandatangani di %s setelah pekerja tiba)" % city_name(c)
        return "(Naskah ini ditandatangani di %s sebelum pekerja berangkat)" % c.home
    if version == "dest":
        return "(Copy executed in %s following the worker's arrival)" % c.ctxv["city"]
    return "(Copy executed in %s prior to the worker's departure)" % c.home


NOTICE = ["PLEASE READ THIS DOCUMENT CAREFULLY. ASK THE AGENCY TO EXPLAIN ANY TERM YOU DO NOT UNDERSTAND BEFORE YOU SIGN. YOU WILL RECEIVE A SIGNED COPY.",
          "THIS DOCUMENT IS A BINDING CONTRACT. KEEP YOUR COPY IN A SAFE PLACE."]


# --------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------
def lay_letter(c, d, version):
    ctx = c.ctxv
    if c.hh:
        d.add(c.efull.upper())
        d.add("%s, %s" % (DEST[c.dest]["addr"], ctx["city"]))
    else:
        d.add(c.efull.upper())
        d.add("P.O. Box %d, %s, %s" % (c.rng2.randint(1000, 9999), ctx["city"], cap1(ctx["country"]) if not ctx["country"].startswith("the") else ctx["country"][4:]))
    d.blank()
    d.add(c.date)
    vl = version_line(c, version)
    if vl:
        d.add(vl)
    d.blank()
    d.add("%s %s" % (c.title, c.wfull))
    d.add("c/o %s, %s" % (c.agency, c.home))
    d.blank()
    d.add(c.rng2.choice(["LETTER OF APPOINTMENT", "OFFER OF EMPLOYMENT", "TERMS OF YOUR APPOINTMENT"]) + " - " + c.jobtitle.upper())
    d.blank()
    d.add("Dear %s," % c.wfirst)
    d.blank()
    d.para("We are pleased to offer you employment as %s. This letter and its attachments are your contract of employment, so please read them carefully with %s before you sign." % (ctx["jobtitle"], c.agency))
    if c.keyterms:
        d.blank()
        d.add(c.rng2.choice(["Your main terms at a glance:", "Summary of terms", "KEY TERMS"]))
        rows = [["Position", cap1(c.jobtitle)], ["Place of work", ctx["city"]], ["Contract period", "two years from arrival"]]
        rows += [[a, b] for a, b in c.keyterms]
        d.table(["Item", "Details"], rows, [22, 44])
    runin = c.rng2.random() < 0.5
    n = 0
    for t in live_topics(c):
        n += 1
        d.blank()
        items = c.topics[t]
        h = heading_text(c, t, 0)
        if runin:
            first = items[0]
            d.para("%d. %s. %s" % (n, h, first["text"]), "", "   ", caps=False)
            rest = items[1:]
            for it in rest:
                d.para(it["text"], "   ", "   ", caps=para_caps(c, it))
        else:
            d.add("%d. %s" % (n, h))
            write_items(c, d, items, lambda k: "   ", "   ")
    d.blank()
    d.para("We look forward to welcoming you. If anything in this letter is unclear, please ask us or %s before you sign." % c.agency)
    d.blank()
    d.add("Yours sincerely,")
    d.blank()
    d.add("______________________")
    d.add(c.efull.split(",")[0] if c.hh else "Human Resources Manager, %s" % c.efull)
    annex_blocks(c, d, lambda k: "Attachment %d - " % (k + 1))
    signatures(c, d, version)


def lay_faq(c, d, version):
    ctx = c.ctxv
    d.add(c.efull.upper())
    d.add(c.rng2.choice(["YOUR EMPLOYMENT IN %s: QUESTIONS AND ANSWERS", "TERMS OF EMPLOYMENT (QUESTION AND ANSWER FORM) - %s"]) % ctx["country"].upper().replace("THE ", ""))
    vl = version_line(c, version)
    if vl:
        d.add(vl)
    d.blank()
    d.add("Worker: %s, of %s, %s" % (c.wfull, c.home, ORIG[c.origin]["name"]))
    d.add("Position: %s" % cap1(c.jobtitle))
    d.add("Recruited through: %s, %s" % (c.agency, c.home))
    d.add("Date: %s" % c.date)
    d.blank()
    d.para("These answers set out the terms on which you will work for us and form part of your contract. Please go through them with %s before you sign." % c.agency)
    if c.rng2.random() < 0.5:
        d.blank()
        d.para(c.rng2.choice(NOTICE))
    qstyle = c.rng2.choice([("Q%d. ", "    A. "), ("Question %d: ", "Answer: "), ("Q: ", "A: ")])
    n = 0
    letters = "ABCDEFGH"
    pk = 0
    for title, tlist in FAQ_PARTS:
        items = [it for t in tlist for it in c.topics[t]]
        if not items:
            continue
        if title == "WORKING TIME AND TIME OFF" and "hours" in c.missing:
            title = "TIME OFF"
        d.blank()
        d.add("%s. %s" % (letters[pk], title))
        pk += 1
        for it in items:
            n += 1
            d.blank()
            qp = qstyle[0] % n if "%d" in qstyle[0] else qstyle[0]
            d.para(it["q"], qp, " " * len(qp))
            ans = it["text"]
            if it["lead"]:
                ans = it["lead"] + " " + ans
            ap = qstyle[1]
            d.para(ans, ap, " " * len(ap), caps=para_caps(c, it))
    annex_blocks(c, d, lambda k: "Part %d - " % (k + 1))
    signatures(c, d, version)


def preamble_names(c, d, version):
    ctx = c.ctxv
    d.add(c.rng2.choice(["EMPLOYMENT AGREEMENT", "AGREEMENT FOR EMPLOYMENT", "CONTRACT OF SERVICE"]))
    d.add("between %s and %s %s" % (c.efull.split(",")[0], c.title, c.wfull))
    vl = version_line(c, version)
    if vl:
        d.add(vl)
    d.blank()
    wref = c.W
    wdef = "" if wref == "%s %s" % (c.title, c.wfull) else " (\"%s\")" % wref
    d.para("This agreement is made on %s between %s, of %s, %s (\"%s\"), and %s %s, a national of %s, of %s%s, with the assistance of %s, %s (\"%s\")." % (
        c.date, c.efull, DEST[c.dest]["addr"] if c.hh else ctx["city"], ctx["city"] if c.hh else ctx["country"].replace("the ", ""),
        c.eshort, c.title, c.wfull, ORIG[c.origin]["name"], c.home, wdef, c.agency, c.home, c.ashort))
    d.blank()
    d.para("%s and %s agree as follows." % (c.eshort, wref))


def lay_names(c, d, version):
    preamble_names(c, d, version)
    style = c.rng2.choice(["section", "para", "caps"])
    for n, t in enumerate(live_topics(c), 1):
        d.blank()
        h = heading_text(c, t, 0)
        g = gloss(c, t)
        h = h + (" / " + g if g else "")
        if style == "section":
            d.add("Section %d - %s" % (n, h))
            write_items(c, d, c.topics[t], lambda k, n=n: "%d.%d " % (n, k + 1), "    ")
        elif style == "para":
            d.add("\u00a7 %d  %s" % (n, h))
            write_items(c, d, c.topics[t], lambda k: "(%d) " % (k + 1), "    ")
        else:
            d.add("%d. %s" % (n, h.upper()))
            write_items(c, d, c.topics[t], lambda k: "(%s) " % "abcdefghij"[k], "    ")
    annex_blocks(c, d, lambda k: "Annex %s - " % "ABCD"[k])
    signatures(c, d, version)


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"]


def lay_article(c, d, version):
    ctx = c.ctxv
    d.add("CONTRACT OF EMPLOYMENT")
    d.add("(Foreign %s)" % c.W.replace("the ", ""))
    vl = version_line(c, version)
    if vl:
        d.add(vl)
    d.blank()
    d.add("THIS CONTRACT is made on %s" % c.date)
    d.para("BETWEEN %s, of %s (the \"%s\");" % (c.efull, DEST[c.dest]["addr"] if c.hh else ctx["city"], c.E.replace("the ", "")))
    d.para("AND %s %s, holder of %s passport no. %s (the \"%s\");" % (c.title, c.wfull, ORIG[c.origin]["adj"], c.passport, c.W.replace("the ", "")))
    d.para("THROUGH %s, %s (the \"%s\")." % (c.agency, c.home, c.A.replace("the ", "")))
    if c.definitions:
        d.blank()
        d.add("DEFINITIONS")
        defs = [("Contract Period", "the period of two years beginning on the day the %s arrives in %s" % (c.W.replace("the ", ""), ctx["country"])),
                ("Month", "a calendar month"),
                ("Working Day", "a day on which the %s is required to work under this contract" % c.W.replace("the ", ""))]
        for a, b in defs:
            d.para("\"%s\" means %s." % (a, b), "  ", "  ")
    for n, t in enumerate(live_topics(c), 1):
        d.blank()
        h = heading_text(c, t, 0).upper()
        g = gloss(c, t)
        d.add("ARTICLE %s - %s%s" % (ROMAN[n - 1], h, (" / " + g) if g else ""))
        write_items(c, d, c.topics[t], lambda k, n=n: "%d.%02d " % (n, k + 1), "     ")
    annex_blocks(c, d, lambda k: "APPENDIX %d - " % (k + 1))
    signatures(c, d, version)


def lay_outline(c, d, version):
    ctx = c.ctxv
    d.add(c.rng2.choice(["MEMORANDUM OF EMPLOYMENT TERMS", "STATEMENT OF TERMS AND CONDITIONS OF EMPLOYMENT"]))
    vl = version_line(c, version)
    if vl:
        d.add(vl)
    d.blank()
    d.para("Employer: %s, %s (\"%s\")" % (c.efull, DEST[c.dest]["addr"] if c.hh else ctx["city"], c.E.replace("the ", "")))
    d.para("Worker: %s %s, %s passport no. %s (\"%s\")" % (c.title, c.wfull, ORIG[c.origin]["adj"], c.passport, c.W.replace("the ", "")))
    d.para("Recruiting agency: %s, %s (\"%s\")" % (c.agency, c.home, c.A.replace("the ", "")))
    d.para("Date: %s" % c.date)
    if c.rng2.random() < 0.5:
        d.blank()
        d.para(c.rng2.choice(NOTICE))
    for n, t in enumerate(live_topics(c)):
        d.blank()
        h = heading_text(c, t, 1).upper()
        g = gloss(c, t)
        d.add("PART %s - %s%s" % ("ABCDEFGHIJKLMN"[n], h, (" / " + g) if g else ""))
        write_items(c, d, c.topics[t], lambda k: "  (%s) " % "abcdefghij"[k], "      ")
    annex_blocks(c, d, lambda k: "PART %s - " % "WXYZ"[k])
    signatures(c, d, version)


def lay_schedule(c, d, version):
    ctx = c.ctxv
    d.add("SHORT-FORM EMPLOYMENT AGREEMENT")
    vl = version_line(c, version)
    if vl:
        d.add(vl)
    d.blank()
    d.para("Parties: %s, %s (\"%s\"), and %s %s, of %s (\"%s\"), introduced by %s, %s (\"%s\")." % (
        c.efull, DEST[c.dest]["addr"] if c.hh else ctx["city"], c.E.replace("the ", ""), c.title, c.wfull, c.home,
        c.W.replace("the ", ""), c.agency, c.home, c.A.replace("the ", "")))
    d.blank()
    items = [item(c, "%s employs %s on the particulars set out in Schedule 1 and on the terms below; the schedules form part of this agreement." % (cap1(c.E), c.W), "ord")]
    for t in live_topics(c):
        items.extend(c.topics[t])
    write_items(c, d, items, lambda k: "%d. " % (k + 1), "   ")
    d.blank()
    d.add("SCHEDULE 1 - PARTICULARS OF EMPLOYMENT")
    d.blank()
    parts = [("Name of worker", c.wfull), ("Nationality and passport", "%s, no. %s" % (ORIG[c.origin]["adj"], c.passport)),
             ("Position", cap1(c.jobtitle)), ("Place of work", cap1(ctx["place"])), ("Period", "two years from arrival in %s" % ctx["country"])]
    parts += c.keyterms
    for k, (a, b) in enumerate(parts, 1):
        d.para("%s: %s" % (a, b), "%2d. " % k, "    ")
    annex_blocks(c, d, lambda k: "SCHEDULE %d - " % (k + 2))
    signatures(c, d, version)


def lay_table(c, d, version):
    ctx = c.ctxv
    d.add(c.rng2.choice(["TERMS OF EMPLOYMENT (TABULAR FORM)", "EMPLOYMENT CONTRACT - SCHEDULE OF TERMS"]))
    vl = version_line(c, version)
    if vl:
        d.add(vl)
    d.blank()
    d.para("Employer: %s (%s)" % (c.efull, "\"%s\"" % (c.E.replace("the ", "")) if c.pov == "roles" else "\"%s\"" % c.eshort))
    d.para("Worker: %s %s, of %s, %s (\"%s\")" % (c.title, c.wfull, c.home, ORIG[c.origin]["name"], c.W.replace("the ", "")))
    d.para("Agency: %s, %s (\"%s\")" % (c.agency, c.home, c.A.replace("the ", "")))
    d.para("Date: %s" % c.date)
    d.blank()
    rows = []
    n = 0
    for t in live_topics(c):
        subj = heading_text(c, t, 1)
        for k, it in enumerate(c.topics[t]):
            n += 1
            text = it["text"].upper() if para_caps(c, it) else it["text"]
            rows.append([str(n), subj if k == 0 else "", text])
    w3 = max(30, c.width - 4 - 16 - 10)
    d.table(["No.", "Subject", "Agreed term"], rows, [3, 16, w3])
    annex_blocks(c, d, lambda k: "Table %d - " % (k + 2))
    signatures(c, d, version)


# ---------------- Indonesian ----------------
def lay_surat(c, d, version):
    ctx = c.ctxv
    d.add(c.efull.upper())
    d.add("%s, %s" % (DEST[c.dest]["addr"], ctx["city"]))
    d.blank()
    d.add(c.date)
    vl = version_line(c, version)
    if vl:
        d.add(vl)
    d.blank()
    d.add("Kepada Yth.")
    d.add("Sdri. %s" % c.wfull)
    d.add("melalui %s, %s" % (c.agency, c.home))
    d.blank()
    d.add("Perihal: Penawaran kerja sebagai %s" % ctx["jobtitle_id"])
    d.blank()
    d.add("Dengan hormat,")
    d.blank()
    d.para("Dengan surat ini kami menawarkan pekerjaan kepada Anda dengan ketentuan di bawah ini. Surat ini merupakan perjanjian kerja Anda; bacalah bersama %s sebelum Anda menandatanganinya." % c.ashort)
    for n, t in enumerate(live_topics(c), 1):
        d.blank()
        d.add("%d. %s" % (n, heading_text(c, t, 0).capitalize()))
        write_items(c, d, c.topics[t], lambda k: "   ", "   ", join_p=0.2)
    d.blank()
    d.add("Hormat kami,")
    d.blank()
    d.add(c.efull.split(",")[0])
    signatures(c, d, version)


def lay_tanya(c, d, version):
    ctx = c.ctxv
    d.add("KETENTUAN KERJA DALAM BENTUK TANYA JAWAB")
    d.add(c.efull.split(",")[0])
    vl = version_line(c, version)
    if vl:
        d.add(vl)
    d.blank()
    d.add("Nama pekerja : %s" % c.wfull)
    d.add("Asal         : %s" % c.home)
    d.add("Agensi       : %s" % c.agency)
    d.add("Tanggal      : %s" % c.date)
    d.blank()
    d.para("Jawaban di bawah ini merupakan bagian dari perjanjian kerja Anda.")
    n = 0
    for pk, (title, tl) in enumerate(FAQ_PARTS_ID):
        items = [it for t in tl for it in c.topics[t]]
        if not items:
            continue
        d.blank()
        d.add("%s. %s" % ("ABCDEFG"[pk], title))
        for it in items:
            n += 1
            d.blank()
            d.para(it["q"], "T%d: " % n, " " * len("T%d: " % n))
            d.para(it["text"], "J%d: " % n, " " * len("J%d: " % n))
    signatures(c, d, version)


def lay_bab(c, d, version):
    ctx = c.ctxv
    d.add("PERJANJIAN KERJA")
    d.add("Nomor: PK/%s/%d/2026" % (c.dest, c.rng2.randint(100, 999)))
    vl = version_line(c, version)
    if vl:
        d.add(vl)
    d.blank()
    d.para("Perjanjian ini dibuat pada tanggal %s oleh dan antara:" % c.date)
    d.para("%s, beralamat di %s (dalam perjanjian ini disebut \"%s\");" % (c.efull, ctx["city"], c.E), "1. ", "   ")
    d.para("%s, warga negara Indonesia, paspor nomor %s (dalam perjanjian ini disebut \"%s\");" % (c.wfull, c.passport, c.W), "2. ", "   ")
    d.para("dengan perantaraan %s, %s (\"%s\")." % (c.agency, c.home, c.A))
    n = 0
    for b, t in enumerate(live_topics(c), 1):
        d.blank()
        d.add("BAB %s - %s" % (ROMAN[b - 1], heading_text(c, t, 0)))
        n += 1
        d.add("Pasal %d" % n)
        write_items(c, d, c.topics[t], lambda k: "(%d) " % (k + 1), "    ", join_p=0.2)
    signatures(c, d, version)


def lay_nama(c, d, version):
    ctx = c.ctxv
    d.add("PERJANJIAN KERJA")
    d.add("antara %s dan %s" % (c.efull.split(",")[0], c.wfull))
    vl = version_line(c, version)
    if vl:
        d.add(vl)
    d.blank()
    d.para("Perjanjian ini dibuat pada tanggal %s antara %s, beralamat di %s, %s (selanjutnya \"%s\"), dan Sdri. %s dari %s (selanjutnya \"%s\"), melalui %s (\"%s\")." % (
        c.date, c.efull, DEST[c.dest]["addr"], ctx["city"], c.E, c.wfull, c.home, c.W, c.agency, c.A))
    for n, t in enumerate(live_topics(c), 1):
        d.blank()
        d.add("%d. %s" % (n, " ".join(w if w == "DAN" else w.capitalize() for w in heading_text(c, t, 0).split()).replace(" DAN ", " dan ")))
        write_items(c, d, c.topics[t], lambda k, n=n: "%d.%d " % (n, k + 1), "    ", join_p=0.2)
    signatures(c, d, version)


LAYOUT = dict(letter=lay_letter, faq=lay_faq, names=lay_names, article=lay_article, outline=lay_outline,
              schedule=lay_schedule, table=lay_table, surat=lay_surat, tanya=lay_tanya, bab=lay_bab, nama=lay_nama)


def footer_text(c, page, total):
    s = c.footer_style
    ref = c.ref
    if c.lang == "id":
        return ["Halaman %d" % page, "Hlm. %d/%d    Paraf: ____ / ____" % (page, total)][s % 2]
    return ["Page %d/%d" % (page, total), "- page %d -" % page,
            "Contract ref. %s . p.%d . initials: ____ ____" % (ref, page), "[%d]" % page][s % 4]


def render(c, version):
    assemble(c, version)
    c.rng2 = random.Random(SEED * 13 + hash_key(c.key))
    d = Doc(c.width, c.rng2)
    LAYOUT[c.layout](c, d, version)
    lines = d.lines
    while lines and lines[-1] == "":
        lines.pop()
    # page footers
    if c.footers:
        fr = random.Random(SEED * 17 + hash_key(c.key))
        pos, p = [], 0
        while True:
            p += fr.randint(40, 48)
            if p >= len(lines) - 5:
                break
            pos.append(p)
        total = len(pos) + 1
        out, page = [], 1
        for i, ln in enumerate(lines):
            if pos and i == pos[0]:
                pos.pop(0)
                if c.footer_blank:
                    out.extend(["", footer_text(c, page, total), ""])
                else:
                    out.append(footer_text(c, page, total))
                page += 1
            out.append(ln)
        out.extend(["", footer_text(c, page, total)])
        lines = out
    text = "\n".join(lines) + "\n"
    if c.typographic:
        assert text.count('"') % 2 == 0
        text = re.sub(r'"([^"]{1,120})"', "\u201c\\1\u201d", text)
        text = text.replace("'", "\u2019")
    if c.caps_all:
        text = text.upper()
    return text


def extract_labels(c, text):
    lines = text.split("\n")
    found = {}
    for ln_no, ln in enumerate(lines, 1):
        for ch in ln:
            if is_mk(ch):
                if ch in found:
                    raise SystemExit("marker twice in %s" % c.key)
                found[ch] = ln_no
    labels = []
    for n, (rule, v) in enumerate(c.abuse_items):
        mk = chr(MK0 + n)
        if mk not in found:
            raise SystemExit("marker lost in %s (%s)" % (c.key, rule))
        labels.append((rule, found[mk]))
    clean = "".join(ch for ch in text if not is_mk(ch))
    return clean, labels


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir = os.path.join(out, "texts")
    os.makedirs(tdir, exist_ok=True)
    rng = random.Random(SEED)
    used_names = set()
    cs = []
    for idx, row in enumerate(PLAN):
        c = setup(row, idx, used_names)
        c.abuse_items, c.look_items = [], []
        cs.append(c)
    allocate_abuse(cs, rng)
    allocate_look(cs, rng)
    # numbering: shuffle plan order into Q-001..Q-060
    order = list(range(len(cs)))
    rng.shuffle(order)
    months = ["January", "February", "March", "April", "May", "June"]
    bulan = {"January": "Januari", "February": "Februari", "March": "Maret", "April": "April",
             "May": "Mei", "June": "Juni", "July": "Juli"}
    for qn, k in enumerate(order, 1):
        c = cs[k]
        c.q = "Q-%03d" % qn
        c.ref = "%s-%s-%03d" % (c.dest, c.sector[:2].upper(), 100 + qn)
        c.date = "%d %s 2026" % (c.rng.randint(2, 27), c.rng.choice(months))
        c.date_dest = "%d %s 2026" % (c.rng.randint(2, 27), "July")
        if c.lang == "id":
            c.date = " ".join(bulan.get(x, x) for x in c.date.split())
            c.date_dest = " ".join(bulan.get(x, x) for x in c.date_dest.split())
        c.hstyle = c.rng.randint(0, 2)
        c.hupper = 1 if c.layout in ("article", "outline") else c.rng.randint(0, 1)
        c.passport = "%s%07d" % (c.rng.choice("PBEKN"), c.rng.randint(1000000, 9999999))
        c.footers = c.rng.random() < 0.85
        c.footer_style = c.rng.randint(0, 3)
        c.footer_blank = c.rng.random() < 0.5
        c.definitions = 1 if (c.layout == "article" and c.rng.random() < 0.5) else 0
        c.gloss = None
        if c.layout in ("article", "names", "outline") and c.rng.random() < 0.45:
            c.gloss = DEST[c.dest]["gloss"]
    label_rows, contract_rows, comp_rows = [], [], []
    for c in sorted(cs, key=lambda x: x.q):
        text = render(c, "dest")
        text, labels = extract_labels(c, text)
        with open(os.path.join(tdir, c.q + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        nlines = text.count("\n")
        if c.pair:
            otext = render(c, "origin")
            otext, _ = extract_labels(c, otext)
            with open(os.path.join(tdir, c.q + ".origin.txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write(otext)
            if otext.count("\n") != nlines:
                raise SystemExit("pair %s: origin %d lines, destination %d" % (c.q, otext.count("\n"), nlines))
        for rule, ln in sorted(labels, key=lambda x: (x[1], x[0])):
            label_rows.append([c.q, c.lang, rule, str(ln)])
        if c.role == "ctr010":
            label_rows.append([c.q, c.lang, "CTR-010", ""])
        if c.role == "pair" and c.pair in LESS_FAVOURABLE:
            label_rows.append([c.q, c.lang, "CTR-011", ""])
        contract_rows.append([c.q, c.lang, str(c.wage), DEST[c.dest]["cur"]])
        if c.role == "abuse":
            detail = " ".join(r for r, _ in sorted(labels, key=lambda x: (x[1], x[0])))
        elif c.role == "ctr010":
            detail = " ".join(ELEM_TOKEN[m] for m in c.missing)
        elif c.role == "pair":
            detail = c.pair
        else:
            detail = ""
        looks = " ".join(sorted({r for r, _ in c.look_items}))
        sched = "+".join(x for x in ["table" if (c.cost or c.docs) else "", "annex" if c.rules else "",
                                     "declaration" if c.decl else ""] if x) or "0"
        comp_rows.append([c.q, c.lang, c.role, c.sector, c.dest, c.origin, detail, looks, c.pov, c.layout,
                          str(c.caps_all), str(c.typographic), "0", sched, str(c.definitions), c.gloss or "0", str(nlines)])
    label_rows.sort(key=lambda x: (x[0], x[2] in ("CTR-010", "CTR-011"), int(x[3]) if x[3] else 0, x[2]))
    with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["contract", "language", "rule", "line"])
        w.writerows(label_rows)
    with open(os.path.join(out, "contracts.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["contract", "language", "wage", "currency"])
        w.writerows(contract_rows)
    with open(os.path.join(out, "composition.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["contract", "language", "role", "sector", "destination", "origin", "detail", "lookalike_types",
                    "pov", "numbering", "caps_all", "typographic", "hyphenation", "schedule", "definitions",
                    "bilingual", "lines"])
        w.writerows(comp_rows)
    print("wrote %d contracts, %d label rows" % (len(cs), len(label_rows)))


if __name__ == "__main__":
    main()
