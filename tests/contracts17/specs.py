"""The 40 contracts of batch 17: parties, registers, and the abusive
clauses, each written once for its contract. Also the CTR-010 decoys, the
changed terms of the CTR-011 pairs and the Indonesian look-alikes.

Register keys: var (letter of variation), hbh / hbs (household manual /
staff handbook), faq (agency FAQ or briefing notes), pay (payment
schedules), nn (non-native English), you (plain English to "you");
Indonesian: id-var, id-hb, id-faq, id-pay, id-you.

Abusive items, by register:
  var: text ("\\n" starts a quoted replacement paragraph; "^" puts the
       marker inside the item instead of at its start)
  hb*: (list, text) with list "do", "dont" or "rule"
  faq: (question, answer); the marker goes on the answer
  pay: (table, cells) with table "costs", "slip" or "time"
  nn / you: (slot, text)
"""

ORIGIN_CITY = {"NP": "Kathmandu", "PH": "Manila", "BD": "Dhaka",
               "ID": "Jakarta", "KE": "Nairobi", "LK": "Colombo",
               "IN": "Kochi", "PK": "Lahore", "UG": "Entebbe",
               "VN": "Hanoi", "MM": "Yangon", "ET": "Addis Ababa",
               "GH": "Accra"}

C = []


def add(**kw):
    kw.setdefault("abuses", [])
    kw.setdefault("missing", [])
    kw.setdefault("decoys", [])
    kw.setdefault("pair", None)
    kw.setdefault("defs", [])
    kw.setdefault("caps", 0)
    kw.setdefault("typo", 0)
    kw.setdefault("id_look", [])
    C.append(kw)


# ---------------------------------------------------------------- W-001
add(id="W-001", lang="en", reg="var", role="abuse", sector="construction",
    dest="QA", origin="NP", sex="m", E="Company", W="Employee",
    ename="Al Dafna Contracting W.L.L.", eaddr="Salwa Road, Doha",
    wname="Ram Bahadur Thapa", job="a steel fixer",
    place="the Company's Lusail sites", dcity="Doha", wage="QAR 1,300",
    wage_num=1300, cur="QAR", hours=8, restday="Friday", term=24,
    food="three meals a day", internal="the HR Officer",
    abuses=[
        ("CTR-001", "Clause 6.2 is deleted and replaced by the following:\n"
         "^\"6.2 From the effective date the Employee's passport and "
         "residence card are lodged with the Camp Administration Office, "
         "which releases them for travel once the Project Manager has "
         "signed the leave form.\""),
        ("CTR-008", "Clause 8.4 is inserted: the Employee stays with the "
         "Company until the project is handed over, and no request to move "
         "to another employer, or for a no-objection letter, will be "
         "considered before that date."),
        ("CTR-009", "Clause 9.2 now reads: grievances about pay, food or "
         "housing go first to the camp boss and then to the Project "
         "Manager, whose answer closes the matter, and an Employee who "
         "takes such a grievance to the Ministry or to the Embassy of "
         "Nepal instead is treated as having resigned."),
    ])

# ---------------------------------------------------------------- W-002
add(id="W-002", lang="en", reg="faq", role="abuse", sector="domestic",
    dest="SA", origin="PH", sex="f", E="Employer", W="Worker",
    ename="Mr Faisal Al-Harbi", eaddr="Al Malqa district, Riyadh",
    wname="Maricel Dumlao", job="a household service worker",
    place="the Employer's home in Riyadh", dcity="Riyadh",
    wage="SAR 1,500", wage_num=1500, cur="SAR", hours=10,
    restday="Friday", term=24, food="meals with the household",
    internal="the agency's welfare officer in Riyadh", qstyle="QA",
    abuses=[
        ("CTR-005", ("Will there be a pregnancy test in Saudi Arabia?",
                     "Yes. The clinic tests every new arrival, and if your "
                     "result is positive your employer cancels the visa and "
                     "we arrange your flight home.")),
        ("CTR-006", ("Can I get married while I am on contract?",
                     "No. Your employer does not allow marriage or a "
                     "boyfriend during the two years, and a worker who "
                     "breaks this rule is sent home.")),
    ])

# ---------------------------------------------------------------- W-003
add(id="W-003", lang="en", reg="pay", role="abuse", sector="manufacturing",
    dest="MY", origin="BD", sex="m", E="Company", W="Worker",
    ename="Sinar Plastik Sdn Bhd", eaddr="Section 26, Shah Alam, Selangor",
    wname="Md Rakibul Hasan", job="a machine operator",
    place="the Company's moulding plant in Shah Alam",
    dcity="Kuala Lumpur", wage="RM1,700", wage_num=1700, cur="MYR",
    hours=8, restday="Sunday", term=36, food="a food allowance of RM150",
    internal="the Human Resources Executive",
    defs=[("Security Sum", "the amount shown in Schedule 2 that the "
           "Worker leaves with the Company as security for the full term."),
          ("Retention Sum", "the part of the monthly salary set aside "
           "under Schedule 2.")],
    abuses=[
        ("CTR-002", ("slip", ("Agency fee, instalment 1 of 10",
                              "- RM 250.00",
                              "balance of RM 2,250 carried forward"))),
        ("CTR-003", ("slip", ("Security Sum, part 1 of 2", "- RM 500.00",
                              "forfeited if the Worker leaves before "
                              "36 months"))),
        ("CTR-007", ("slip", ("Retention Sum (20% of basic)",
                              "- RM 340.00",
                              "held by the Company; paid out at final "
                              "exit"))),
    ])

# ---------------------------------------------------------------- W-004
add(id="W-004", split=[2], lang="en", reg="hbh", role="abuse", sector="domestic",
    dest="HK", origin="ID", sex="f", E="Employer", W="Helper",
    ename="Mrs Wong Mei Ling", eaddr="Flat 12C, Tower 3, City One, Sha Tin",
    wname="Siti Aminah", job="a domestic helper",
    place="the Employer's flat in Sha Tin", dcity="Hong Kong",
    wage="HK$5,100", wage_num=5100, cur="HKD", hours=11,
    restday="Sunday", term=24, food="free food",
    internal="the agency's officer in Causeway Bay",
    abuses=[
        ("CTR-004", ("dont", "leave the flat on your own at any time, "
                     "Sundays included. When you need to go out, Madam or "
                     "the driver goes with you.")),
        ("CTR-001", ("rule", "On your first evening, give your passport, "
                     "your HKID card and your copy of this contract to "
                     "Sir. He keeps them in the study safe, and you will "
                     "not need them for daily life.")),
        ("CTR-006", ("dont", "have a boyfriend. If we learn that you have "
                     "one, your contract ends and you go home.")),
    ])

# ---------------------------------------------------------------- W-005
add(id="W-005", lang="en", reg="nn", role="abuse", sector="domestic",
    dest="OM", origin="KE", sex="f", E="employer", W="worker",
    ename="Mr Salim Al-Busaidi", eaddr="Al Mawaleh South, Seeb",
    wname="Faith Wanjiru Kamau", job="house maid",
    place="the house of employer in Seeb", dcity="Muscat",
    wage="OMR 120", wage_num=120, cur="OMR", hours=10, restday="Friday",
    term=24, agencyphone="+968-2470-1150",
    abuses=[
        ("CTR-001", ("docs", "The travel document of worker and her "
                     "resident card will be hand over to employer at "
                     "arrival and employer he will keep them untill worker "
                     "is leaving Oman for final, for avoid any lost.")),
        ("CTR-005", ("personal", "Before the visa and in all the period of "
                     "contract worker must to make pregnancy examine when "
                     "employer is asking, in case the result is positive "
                     "the contract is finish from that day.")),
        ("CTR-009", ("complaint", "Any problem between worker and employer "
                     "must to be solve by the agency office in Muscat only "
                     "and worker is not allowed for make complain in "
                     "Ministry of Labour or to her embassy, if she do it "
                     "she is responsable for all expenses of her return.")),
    ])

# ---------------------------------------------------------------- W-006
add(id="W-006", lang="en", reg="you", role="clean", sector="domestic",
    dest="JO", origin="LK", sex="f", E="we", W="you",
    ename="the Haddad family", eaddr="Khalda, Amman",
    wname="Nadeeka Perera", job="a domestic worker",
    place="our home in Khalda", dcity="Amman", wage="JOD 240",
    wage_num=240, cur="JOD", hours=9, restday="Friday", term=24)

# ---------------------------------------------------------------- W-007
add(id="W-007", lang="id", reg="id-hb", role="abuse", sector="care",
    dest="TW", origin="ID", sex="f", E="Pemberi Kerja", W="Perawat",
    ename="Bapak Chen Wei-ming", eaddr="Distrik Beitun, Taichung",
    wname="Sri Wahyuni", job="perawat lansia",
    place="rumah Pemberi Kerja di Taichung", dcity="Taipei",
    wage="NT$ 20.000", wage_num=20000, cur="TWD", hours=10,
    restday="Minggu", term=36,
    abuses=[
        ("CTR-001", ("rule", "Pada malam pertama, serahkan paspor dan ARC "
                     "Mbak kepada Ibu. Keduanya disimpan di lemari besi "
                     "Ibu sampai Mbak pulang ke Indonesia.")),
        ("CTR-004", ("dont", "keluar rumah sendirian, juga pada hari "
                     "libur. Kalau perlu ke pasar atau ke tempat ibadah, "
                     "Mbak ditemani Bapak atau Ibu.")),
    ],
    id_look=[
        ("CTR-007", ("do", "periksa slip gaji setiap tanggal 5: gaji penuh "
                     "masuk ke rekening atas nama Mbak sendiri, dan buku "
                     "tabungannya Mbak simpan sendiri.")),
        ("CTR-005", ("rule", "Kalau Mbak hamil, pekerjaan Mbak tetap aman; "
                     "tugas yang berat kami kurangi dan cuti melahirkan "
                     "diberikan sesuai undang-undang.")),
    ])

# ---------------------------------------------------------------- W-008
add(id="W-008", lang="en", reg="var", role="ctr010", sector="hospitality",
    dest="QA", origin="IN", sex="m", E="Company", W="Employee",
    ename="Corniche Bay Hotel", eaddr="West Bay, Doha",
    wname="Arjun Nair", job="a commis cook",
    place="the hotel's main kitchen", dcity="Doha", wage="QAR 1,600",
    wage_num=1600, cur="QAR", hours=8, restday="Friday", term=24,
    food="meals in the staff canteen", internal="the HR Officer",
    missing=["rest", "return"],
    decoys=["Clause 4.2 is deleted and replaced by the following:\n"
            "\"4.2 After each year of service the Employee is entitled to "
            "21 working days of paid annual leave, and the public holidays "
            "of Qatar are paid days off.\""])

# ---------------------------------------------------------------- W-009
add(id="W-009", lang="en", reg="faq", role="abuse", sector="construction",
    dest="AE", origin="PK", sex="m", E="Company", W="Worker",
    ename="Gulf Span Builders LLC", eaddr="Industrial Area 12, Sharjah",
    wname="Imran Ali", job="a scaffolder",
    place="the Company's sites in Sharjah and Dubai", dcity="Dubai",
    wage="AED 1,400", wage_num=1400, cur="AED", hours=8,
    restday="Friday", term=24, food="three meals a day",
    internal="the camp welfare officer", qstyle="num",
    abuses=[
        ("CTR-008", ("Can I move to a better-paying company after I "
                     "arrive?",
                     "Not during your contract. Your sponsor will not sign "
                     "a release, and we do not help workers look for "
                     "another job.")),
        ("CTR-009", ("Who do I talk to if my salary is late?",
                     "Only to us. Do not phone MOHRE or the consulate about "
                     "salary problems; if you do, your employer may end "
                     "your contract.")),
    ])

# ---------------------------------------------------------------- W-010
add(id="W-010", lang="en", reg="you", role="abuse", sector="hospitality",
    dest="AE", origin="UG", sex="f", E="we", W="you",
    ename="Marina Crest Hotel", eaddr="Dubai Marina, Dubai",
    wname="Grace Nakato", job="a room attendant",
    place="Marina Crest Hotel", dcity="Dubai", wage="AED 1,600",
    wage_num=1600, cur="AED", hours=9, restday="Monday", term=24, typo=1,
    abuses=[
        ("CTR-002", ("costs", "You pay nothing for your visa or your "
                     "flight. ^The only charge to you is the agency's "
                     "placement fee of AED 2,500, which we take from your "
                     "first five salaries.")),
        ("CTR-004", ("time", "On your day off you stay in the staff "
                     "accommodation unless your supervisor has signed an "
                     "exit slip for you, and you sign back in by 8 pm.")),
        ("CTR-005", ("personal", "If you become pregnant, tell HR at once: "
                     "your contract ends and we book your flight home.")),
    ])

# ---------------------------------------------------------------- W-011
add(id="W-011", lang="en", reg="pay", role="abuse", sector="agriculture",
    dest="MY", origin="NP", sex="m", E="Company", W="Worker",
    ename="Ladang Seri Kenanga Sdn Bhd", eaddr="Jerantut, Pahang",
    wname="Bishnu Magar", job="a harvester",
    place="the Seri Kenanga estate", dcity="Kuala Lumpur",
    wage="RM1,700", wage_num=1700, cur="MYR", hours=8, restday="Sunday",
    term=36, food="a food allowance of RM120",
    internal="the estate manager",
    abuses=[
        ("CTR-003", ("slip", ("Arrival advance, repayment", "- RM 250.00",
                              "RM 1,500 advance at 2% a month; no "
                              "resignation until repaid"))),
        ("CTR-004", ("time", ("Crop peak, October to March",
                              "06.00 - 18.00 daily",
                              "weekly rest days suspended until April"))),
    ])

# ---------------------------------------------------------------- W-012
add(id="W-012", lang="en", reg="hbh", role="pair", sector="domestic",
    dest="HK", origin="PH", sex="f", E="Employer", W="Helper",
    ename="Mr and Mrs Lau Chi Keung", eaddr="Tai Po Kau, Tai Po",
    wname="Jocelyn Bautista", job="a domestic helper",
    place="the Employer's house in Tai Po", dcity="Hong Kong",
    wage="HK$5,100", wage_num=5100, cur="HKD", hours=10,
    restday="Sunday", term=24, food="free food",
    internal="the agency's officer in Mong Kok",
    pair={"kind": "hours", "dest_hours": 12})

# ---------------------------------------------------------------- W-013
add(id="W-013", split=[2], lang="en", reg="nn", role="abuse", sector="domestic",
    dest="KW", origin="LK", sex="f", E="employer", W="worker",
    ename="Mrs Nouf Al-Mutairi", eaddr="Block 4, Salwa",
    wname="Kumari Jayasinghe", job="housemaid",
    place="the house of employer in Salwa", dcity="Kuwait City",
    wage="KWD 110", wage_num=110, cur="KWD", hours=10, restday="Friday",
    term=24, agencyphone="+965-2262-4408",
    abuses=[
        ("CTR-004", ("time", "Worker she is not going outside of the house "
                     "in her off day, she can take the rest in her room and "
                     "employer can give her extra money for this day.")),
        ("CTR-006", ("personal", "During the contract the worker is not "
                     "permit for marrying nor to have relation with any "
                     "man, in case this happen the employer has right for "
                     "send her back with her own ticket.")),
    ])

# ---------------------------------------------------------------- W-014
add(id="W-014", split=[2], lang="en", reg="var", role="abuse", sector="care",
    dest="TW", origin="PH", sex="f", E="Employer", W="Caregiver",
    ename="Mr Huang Chih-hao", eaddr="Zuoying District, Kaohsiung",
    wname="Rowena Santos", job="a live-in caregiver for his mother",
    place="the Employer's home in Kaohsiung", dcity="Kaohsiung",
    wage="NT$20,000", wage_num=20000, cur="TWD", hours=10,
    restday="Sunday", term=36, food="meals with the family",
    internal="the broker's service officer",
    abuses=[
        ("CTR-005", "Clause 7.5 is inserted: at each half-yearly health "
         "check the Caregiver also takes a pregnancy test at the clinic "
         "the Employer chooses, and a positive result brings this contract "
         "to an end with one week's notice."),
        ("CTR-007", "Clause 3.2 is deleted and replaced by the following:\n"
         "^\"3.2 The Employer hands the Caregiver NT$5,000 of each month's "
         "wage in cash and pays the balance into a savings account in the "
         "Employer's name, from which it is paid out to the Caregiver on "
         "the day she flies home.\""),
    ])

# ---------------------------------------------------------------- W-015
add(id="W-015", lang="id", reg="id-faq", role="abuse", sector="domestic",
    dest="MY", origin="ID", sex="f", E="Majikan", W="Pekerja",
    ename="Puan Noraini binti Hassan", eaddr="Seksyen 17, Petaling Jaya",
    wname="Dewi Lestari", job="pekerja rumah tangga",
    place="rumah Majikan di Petaling Jaya", dcity="Kuala Lumpur",
    wage="RM 1.600", wage_num=1600, cur="MYR", hours=10,
    restday="Ahad", term=24,
    abuses=[
        ("CTR-006", ("Apakah saya boleh berpacaran atau menikah selama "
                     "bekerja?",
                     "Tidak. Selama dua tahun kontrak Mbak tidak boleh "
                     "berpacaran ataupun menikah; kalau aturan ini "
                     "dilanggar, Mbak dipulangkan dengan biaya sendiri.")),
        ("CTR-009", ("Kalau ada masalah dengan majikan, saya mengadu ke "
                     "mana?",
                     "Ke kantor agensi saja. Jangan mengadu ke JTK, polisi "
                     "atau KBRI, karena urusannya jadi panjang dan kontrak "
                     "Mbak bisa dibatalkan.")),
    ],
    id_look=[
        ("CTR-002", ("Berapa biaya yang harus saya bayar kepada agensi?",
                     "Tidak ada. Biaya agensi, visa, pemeriksaan kesehatan "
                     "dan tiket ditanggung majikan, dan gaji Mbak tidak "
                     "dipotong untuk itu.")),
        ("CTR-004", ("Apakah saya boleh keluar rumah pada hari libur?",
                     "Boleh. Hari libur Mbak penuh 24 jam dan Mbak bebas "
                     "pergi ke mana saja.")),
    ])

# ---------------------------------------------------------------- W-016
add(id="W-016", lang="en", reg="faq", role="clean", sector="manufacturing",
    dest="TW", origin="VN", sex="m", E="Company", W="Worker",
    ename="Hsin Tai Electronics Co., Ltd.", eaddr="Guanyin District, Taoyuan",
    wname="Nguyen Van Long", job="an assembly line operator",
    place="the Company's Guanyin factory", dcity="Taipei",
    wage="NT$28,590", wage_num=28590, cur="TWD", hours=8,
    restday="Sunday", term=36, food="meals in the factory canteen",
    internal="the dormitory supervisor", qstyle="QA")

# ---------------------------------------------------------------- W-017
add(id="W-017", lang="en", reg="pay", role="abuse", sector="construction",
    dest="SA", origin="BD", sex="m", E="Employer", W="Worker",
    ename="Al Noor Building Contracting Co.", eaddr="Al Khobar Road, Dammam",
    wname="Abdul Karim Mia", job="a mason",
    place="the Employer's projects in the Eastern Province",
    dcity="Dammam", wage="SAR 1,200", wage_num=1200, cur="SAR", hours=8,
    restday="Friday", term=24, food="three meals a day",
    internal="the camp administrator",
    defs=[("Release Letter", "the letter by which the Employer agrees to "
           "the transfer of the Worker's services to another employer.")],
    abuses=[
        ("CTR-002", ("slip", ("Iqama and work permit fees", "- SAR 400.00",
                              "SAR 9,600 recovered over 24 months"))),
        ("CTR-008", ("costs", ("Transfer to another employer", "-",
                               "no Release Letter is issued during the "
                               "first 2-year term"))),
    ])

# ---------------------------------------------------------------- W-018
add(id="W-018", lang="en", reg="you", role="ctr010", sector="cleaning",
    dest="AE", origin="KE", sex="f", E="we", W="you",
    ename="Brightway Facility Services LLC", eaddr="Mussafah, Abu Dhabi",
    wname="Mercy Achieng", job="a cleaner",
    place="office buildings in Abu Dhabi", dcity="Abu Dhabi",
    wage="AED 1,300", wage_num=1300, cur="AED", hours=8, restday="Friday",
    term=24, missing=["complaint"],
    decoys=[("live", "If you're ill, tell your team leader and we'll take "
             "you to the company clinic free of charge."),
            ("time", "Your team leader holds a short meeting every Sunday "
             "morning to plan the week's sites.")])

# ---------------------------------------------------------------- W-019
add(id="W-019", split=[2], lang="en", reg="hbs", role="abuse", sector="hospitality",
    dest="BH", origin="PH", sex="f", E="Hotel", W="Employee",
    ename="Pearl Gate Hotel", eaddr="Seef District, Manama",
    wname="Lovely Garcia", job="a food and beverage attendant",
    place="the hotel's restaurants", dcity="Manama", wage="BHD 170",
    wage_num=170, cur="BHD", hours=8, restday="Tuesday", term=24,
    food="meals in the staff cafeteria",
    internal="the Human Resources Manager",
    abuses=[
        ("CTR-009", ("rule", "Never discuss hotel matters, your own pay "
                     "and hours included, with the Ministry, the LMRA, "
                     "your embassy or any workers' group. All concerns go "
                     "to the Human Resources Manager and to nobody else.")),
        ("CTR-005", ("rule", "Always keep your health card valid. The "
                     "hotel clinic renews it every year at no cost to you, "
                     "checks that you are fit to handle food and, at each "
                     "renewal, tests you for pregnancy; a positive result "
                     "ends your employment at the close of that month.")),
    ])

# ---------------------------------------------------------------- W-020
add(id="W-020", lang="en", reg="var", role="abuse", sector="manufacturing",
    dest="MY", origin="NP", sex="f", E="Company", W="Worker",
    ename="Permata Gloves Sdn Bhd", eaddr="Kapar, Klang, Selangor",
    wname="Sunita Tamang", job="a glove stripper",
    place="the Company's Kapar factory", dcity="Kuala Lumpur",
    wage="RM1,700", wage_num=1700, cur="MYR", hours=8, restday="Sunday",
    term=36, food="a food allowance of RM100",
    internal="the Human Resources Executive",
    abuses=[
        ("CTR-006", "Clause 7.6 is inserted. Visitors to the company "
         "hostel are recorded at the gate. ^A Worker who marries, or who "
         "is found to be in a relationship with a man, during her term of "
         "employment is repatriated at the end of that month."),
        ("CTR-002", "Clause 5.2 is deleted and replaced by the following:\n"
         "^\"5.2 The Company bears the levy and the work permit fee, except "
         "the agency service charge of RM1,800 and the medical screening "
         "fee, which are recovered from the Worker's wages at RM300 a "
         "month from April 2026.\""),
    ])

# ---------------------------------------------------------------- W-021
add(id="W-021", lang="en", reg="nn", role="pair", sector="construction",
    dest="SG", origin="MM", sex="m", E="employer", W="worker",
    ename="Kim Hock Construction Pte Ltd", eaddr="Kranji Road, Singapore",
    wname="Aung Ko Ko", job="construction worker",
    place="the sites of employer in Singapore", dcity="Singapore",
    wage="S$900", wage_num=900, cur="SGD", hours=8, restday="Sunday",
    term=24, agencyphone="+65-6293-1187", pair={"kind": "identical"})

# ---------------------------------------------------------------- W-022
add(id="W-022", lang="id", reg="id-pay", role="abuse",
    sector="manufacturing", dest="TW", origin="ID", sex="m",
    E="Perusahaan", W="Pekerja", ename="Chang Yi Metal Industrial Co., Ltd.",
    eaddr="Kota Changhua, Changhua", wname="Agus Setiawan",
    job="operator mesin", place="pabrik Perusahaan di Changhua",
    dcity="Taipei", wage="NT$ 28.590", wage_num=28590, cur="TWD",
    hours=8, restday="Minggu", term=36,
    abuses=[
        ("CTR-002", ("slip", ("Cicilan biaya penempatan agensi (3 dari 9)",
                              "- NT$ 2.000", "sisa NT$ 12.000"))),
        ("CTR-003", ("slip", ("Uang jaminan (bulan 1 dari 2)", "- NT$ 5.000",
                              "hangus jika Pekerja berhenti sebelum "
                              "kontrak selesai"))),
    ],
    id_look=[
        ("CTR-001", ("costs", ("Paspor dan ARC", "-",
                               "dipegang Pekerja; Perusahaan hanya "
                               "menyimpan fotokopi"))),
        ("CTR-007", ("costs", ("Gaji", "Perusahaan",
                               "ditransfer penuh ke rekening Pekerja "
                               "sendiri; tidak ada yang ditahan"))),
    ])

# ---------------------------------------------------------------- W-023
add(id="W-023", lang="en", reg="faq", role="abuse", sector="construction",
    dest="KW", origin="IN", sex="m", E="Company", W="Worker",
    ename="Al Salam Roads Company", eaddr="Shuwaikh Industrial Area, Kuwait",
    wname="Suresh Kumar Pillai", job="a heavy equipment operator",
    place="the Company's road projects", dcity="Kuwait City",
    wage="KWD 120", wage_num=120, cur="KWD", hours=8, restday="Friday",
    term=24, food="three meals a day", internal="the camp boss",
    qstyle="num",
    abuses=[
        ("CTR-001", ("Who keeps my passport in Kuwait?",
                     "Your employer does. It stays in the company office "
                     "for the full two years, and you carry a copy of your "
                     "civil ID instead.")),
        ("CTR-002", ("Is the job really free?",
                     "Almost. The only cost to you is our service charge "
                     "of INR 90,000: half when you sign with us, half "
                     "taken from your first salary.")),
        ("CTR-003", ("What happens if I want to come home early?",
                     "You can, but first you pay back the full cost of your "
                     "visa and flights, and before you leave India your "
                     "guarantor signs for that amount.")),
    ])

# ---------------------------------------------------------------- W-024
add(id="W-024", lang="en", reg="hbh", role="ctr010", sector="domestic",
    dest="LB", origin="ET", sex="f", E="Employer", W="Worker",
    ename="Mrs Rana Khoury", eaddr="Achrafieh, Beirut",
    wname="Tigist Bekele", job="a domestic worker",
    place="the Employer's apartment in Achrafieh", dcity="Beirut",
    wage="USD 300", wage_num=300, cur="USD", hours=10, restday="Sunday",
    term=24, food="free food", internal="the agency's officer in Beirut",
    missing=["hours"],
    decoys=[("rule", "Your tasks for each day are on the list on the "
             "fridge door; tick each one when it is done."),
            ("rule", "Have your lunch while the children are at school and "
             "your dinner after the family has eaten.")])

# ---------------------------------------------------------------- W-025
add(id="W-025", split=[1], lang="en", reg="you", role="abuse", sector="domestic",
    dest="HK", origin="PH", sex="f", E="we", W="you",
    ename="Ms Cheung Ka Yan", eaddr="Kowloon Tong, Kowloon",
    wname="Analyn Reyes", job="a domestic helper",
    place="our flat in Kowloon Tong", dcity="Hong Kong",
    wage="HK$5,100", wage_num=5100, cur="HKD", hours=11,
    restday="Sunday", term=24, typo=1,
    abuses=[
        ("CTR-006", ("personal", "You're free to spend your day off as you "
                     "like, seeing friends, going to church or taking a "
                     "course, but you mustn't start a relationship or get "
                     "married while you work for this family; if you do, "
                     "we'll end the contract.")),
        ("CTR-009", ("complaint", "If something worries you, talk to us or "
                     "to the agency, and please don't take it to the Labour "
                     "Department, the police or your consulate: we'd treat "
                     "that as a breach of trust and end your employment.")),
    ])

# ---------------------------------------------------------------- W-026
add(id="W-026", lang="en", reg="pay", role="pair", sector="hospitality",
    dest="OM", origin="LK", sex="f", E="Company", W="Employee",
    ename="Al Khuwair Suites LLC", eaddr="Al Khuwair, Muscat",
    wname="Dilini Fernando", job="a front office agent",
    place="Al Khuwair Suites", dcity="Muscat", wage="OMR 150.000",
    wage_num=150, cur="OMR", hours=8, restday="Friday", term=24,
    food="meals on duty", internal="the Human Resources Manager",
    pair={"kind": "wage-table", "dest_wage": "OMR 130.000"})

# ---------------------------------------------------------------- W-027
add(id="W-027", lang="en", reg="var", role="abuse", sector="construction",
    dest="SG", origin="BD", sex="m", E="Company", W="Worker",
    ename="Soon Lee Engineering Pte Ltd", eaddr="Tuas Avenue 8, Singapore",
    wname="Shahin Alam", job="a pipe fitter",
    place="the Company's project sites", dcity="Singapore",
    wage="S$850", wage_num=850, cur="SGD", hours=8, restday="Sunday",
    term=24, food="catered meals", internal="the dormitory operator",
    abuses=[
        ("CTR-004", "Clause 7.4 is inserted: on rest days and public "
         "holidays Workers stay within the dormitory compound unless the "
         "Company lorry takes them out for the monthly shopping trip, and "
         "the gate guard lets no Worker out on his own."),
    ])

# ---------------------------------------------------------------- W-028
add(id="W-028", lang="en", reg="nn", role="abuse", sector="construction",
    dest="BH", origin="PK", sex="m", E="employer", W="worker",
    ename="Al Manama Steel Works W.L.L.", eaddr="Sitra Industrial Area",
    wname="Zahid Hussain", job="welder",
    place="the workshop of employer in Sitra", dcity="Manama",
    wage="BHD 150", wage_num=150, cur="BHD", hours=8, restday="Friday",
    term=24, agencyphone="+973-1725-0093", caps=1,
    abuses=[
        ("CTR-003", ("costs", "Before departure the father of worker sign "
                     "in agency office a paper of debt for PKR 300,000 and "
                     "this paper will be use only if worker is leaving the "
                     "company before two years time.")),
        ("CTR-008", ("ending", "Worker cannot to change the company nor the "
                     "sponsor in the all contract period, and company will "
                     "not give any no objection letter for other "
                     "employer.")),
    ])

# ---------------------------------------------------------------- W-029
add(id="W-029", lang="en", reg="faq", role="ctr010", sector="agriculture",
    dest="MY", origin="MM", sex="m", E="Company", W="Worker",
    ename="Kebun Sawit Maju Sdn Bhd", eaddr="Jalan Apas, Tawau, Sabah",
    wname="Min Thu", job="a field worker",
    place="the Sawit Maju estate near Tawau", dcity="Kota Kinabalu",
    wage="RM1,700", wage_num=1700, cur="MYR", hours=8, restday="Sunday",
    term=36, food="a food allowance of RM100",
    internal="the estate manager", qstyle="QA", missing=["wage"],
    decoys=[("When is payday?",
             "On the 7th of every month, straight into your bank account."),
            ("Will I get a payslip?",
             "Yes, every month, showing your days worked, your overtime and "
             "any deduction the law allows.")])

# ---------------------------------------------------------------- W-030
add(id="W-030", split=[1], lang="id", reg="id-var", role="abuse",
    sector="manufacturing", dest="MY", origin="ID", sex="m",
    E="Perusahaan", W="Pekerja", ename="Syarikat Elektrik Jaya Sdn Bhd",
    eaddr="Bayan Lepas, Pulau Pinang", wname="Budi Santoso",
    job="operator produksi", place="pabrik Perusahaan di Bayan Lepas",
    dcity="Pulau Pinang", wage="RM 1.700", wage_num=1700, cur="MYR",
    hours=8, restday="Ahad", term=24,
    abuses=[
        ("CTR-007", "Pasal 2 ayat (2) dihapus dan diganti dengan:\n"
         "^\"(2) Setiap bulan RM 400 dari upah Pekerja disimpan oleh "
         "Perusahaan di rekening tabungan atas nama Perusahaan dan baru "
         "diserahkan kepada Pekerja pada hari kepulangannya ke "
         "Indonesia.\""),
        ("CTR-008", "Pasal 6 ditambah ayat (3): selama masa perjanjian "
         "Pekerja tidak boleh pindah ke majikan lain, dan Perusahaan tidak "
         "akan menandatangani surat pelepasan apa pun sebelum perjanjian "
         "berakhir."),
    ],
    id_look=[
        ("CTR-001", "Pasal 5 ditambah ayat (3): paspor dan kartu izin kerja "
         "selalu dipegang oleh Pekerja sendiri; Perusahaan hanya menyimpan "
         "fotokopinya."),
        ("CTR-009", "Pasal 7 ditambah ayat (2): Pekerja tidak dikenai "
         "sanksi apa pun karena mengadu kepada JTK, kepolisian atau KBRI."),
    ])

# ---------------------------------------------------------------- W-031
add(id="W-031", lang="en", reg="hbs", role="abuse", sector="cleaning",
    dest="QA", origin="GH", sex="m", E="Company", W="Employee",
    ename="Al Wakra Cleaning Services W.L.L.", eaddr="Al Wakra, Qatar",
    wname="Kwame Mensah", job="a cleaner",
    place="the Company's client sites in Doha", dcity="Doha",
    wage="QAR 1,200", wage_num=1200, cur="QAR", hours=8,
    restday="Friday", term=24, food="three meals a day",
    internal="the Operations Manager",
    defs=[("Staff Savings Scheme", "the savings arrangement for staff "
           "described in the Staff Handbook annexed to this contract.")],
    abuses=[
        ("CTR-007", ("dont", "ask the payroll office for your Staff Savings "
                     "Scheme balance before you finish with us. QAR 200 is "
                     "kept back from every salary under the Scheme and paid "
                     "to you only with your end-of-service settlement.")),
        ("CTR-008", ("rule", "Never apply for work with another employer "
                     "while we sponsor your residence permit. Requests to "
                     "transfer sponsorship are refused in every case "
                     "during the first two years.")),
    ])

# ---------------------------------------------------------------- W-032
add(id="W-032", lang="en", reg="you", role="abuse", sector="domestic",
    dest="AE", origin="ET", sex="f", E="we", W="you",
    ename="Mr Khalid Al Mansoori", eaddr="Al Jimi, Al Ain",
    wname="Hiwot Tadesse", job="a housemaid", place="our villa in Al Jimi",
    dcity="Abu Dhabi", wage="AED 1,250", wage_num=1250, cur="AED",
    hours=10, restday="Friday", term=24,
    abuses=[
        ("CTR-001", ("docs", "We look after your passport and Emirates ID "
                     "for you while you're with us, and you get them back "
                     "on the day you fly home.")),
        ("CTR-005", ("personal", "Every six months we send you for a "
                     "health check that includes a pregnancy test, and a "
                     "positive result ends your job with us.")),
    ])

# ---------------------------------------------------------------- W-033
add(id="W-033", lang="en", reg="pay", role="ctr010", sector="construction",
    dest="BH", origin="NP", sex="m", E="Company", W="Worker",
    ename="Bahrain Ducting Contracting W.L.L.", eaddr="Hidd Industrial Area",
    wname="Dil Bahadur Rai", job="a duct installer",
    place="the Company's building projects", dcity="Manama",
    wage="BHD 140", wage_num=140, cur="BHD", hours=8, restday="Friday",
    term=24, food="three meals a day", internal="the site administrator",
    missing=["rest"],
    decoys=[("time", ("Public holidays", "paid", "double rate if worked")),
            ("time", ("Annual leave", "21 days", "after 12 months of "
                      "service"))])

# ---------------------------------------------------------------- W-034
add(id="W-034", lang="en", reg="nn", role="clean", sector="domestic",
    dest="SA", origin="UG", sex="f", E="employer", W="worker",
    ename="Mr Saad Al-Qahtani", eaddr="Al Rawdah district, Jeddah",
    wname="Sarah Namubiru", job="house maid",
    place="the house of employer in Jeddah", dcity="Jeddah",
    wage="SAR 1,200", wage_num=1200, cur="SAR", hours=10,
    restday="Friday", term=24, agencyphone="+966-12-660-3914")

# ---------------------------------------------------------------- W-035
add(id="W-035", lang="en", reg="var", role="clean", sector="hospitality",
    dest="AE", origin="LK", sex="m", E="Company", W="Employee",
    ename="Sand Dune Resort LLC", eaddr="Al Marjan Island, Ras Al Khaimah",
    wname="Tharindu Silva", job="a pool attendant", place="the resort",
    dcity="Dubai", wage="AED 1,500", wage_num=1500, cur="AED", hours=8,
    restday="Wednesday", term=24, food="meals in the staff canteen",
    internal="the HR Officer")

# ---------------------------------------------------------------- W-036
add(id="W-036", lang="id", reg="id-hb", role="ctr010", sector="domestic",
    dest="HK", origin="ID", sex="f", E="Pemberi Kerja", W="Pekerja",
    ename="Nyonya Chan Siu Fong", eaddr="Tsuen Wan, New Territories",
    wname="Rina Susanti", job="pekerja rumah tangga",
    place="flat Pemberi Kerja di Tsuen Wan", dcity="Hong Kong",
    wage="HK$ 5.100", wage_num=5100, cur="HKD", hours=11,
    restday="Minggu", term=24, ocity="Surabaya",
    missing=["complaint", "return"],
    decoys=[("rule", "Kalau Mbak sakit, beri tahu Ibu; Ibu mengantar Mbak "
             "ke klinik dan membayar biayanya."),
            ("rule", "Kalau Mbak ingin pulang kampung saat cuti tahunan, "
             "tiket dan cutinya Mbak atur sendiri, dan hari cuti itu tidak "
             "dibayar.")],
    id_look=[
        ("CTR-001", ("rule", "Paspor dan HKID adalah milik Mbak dan Mbak "
                     "simpan sendiri; tidak ada orang di rumah ini yang "
                     "akan memintanya.")),
        ("CTR-006", ("rule", "Mbak boleh menikah atau punya pacar; itu "
                     "urusan pribadi Mbak dan tidak mempengaruhi pekerjaan "
                     "ini.")),
    ])

# ---------------------------------------------------------------- W-037
add(id="W-037", lang="en", reg="faq", role="abuse", sector="domestic",
    dest="SG", origin="PH", sex="f", E="Employer", W="Worker",
    ename="Mrs Tan Hui Min", eaddr="Bishan Street 22, Singapore",
    wname="Liza Mae Cruz", job="a migrant domestic worker",
    place="the Employer's flat in Bishan", dcity="Singapore",
    wage="S$700", wage_num=700, cur="SGD", hours=10, restday="Sunday",
    term=24, food="meals with the household",
    internal="the agency's officer in Orchard Road", qstyle="num",
    abuses=[
        ("CTR-007", ("How will I receive my salary?",
                     "Your employer gives you S$100 each month as pocket "
                     "money and keeps the rest for you until your two years "
                     "are over, so you go home with a good sum.")),
    ])

# ---------------------------------------------------------------- W-038
add(id="W-038", lang="en", reg="pay", role="abuse", sector="construction",
    dest="QA", origin="KE", sex="m", E="Company", W="Worker",
    ename="Doha Pillar Construction W.L.L.", eaddr="Barwa Al Baraha, Doha",
    wname="Peter Otieno", job="a carpenter",
    place="the Company's sites in Doha", dcity="Doha", wage="QAR 1,200",
    wage_num=1200, cur="QAR", hours=8, restday="Friday", term=24,
    food="three meals a day", internal="the camp welfare officer",
    abuses=[
        ("CTR-007", ("slip", ("Company Savings Plan", "- QAR 500.00",
                              "compulsory; paid out only at final exit "
                              "from Qatar"))),
    ])

# ---------------------------------------------------------------- W-039
add(id="W-039", lang="id", reg="id-you", role="pair", sector="care",
    dest="TW", origin="ID", sex="f", E="kami", W="Anda",
    ename="Keluarga Lin", eaddr="Distrik East, Tainan",
    wname="Nur Aisyah", job="perawat lansia", place="Tainan",
    dcity="Kaohsiung", wage="NT$ 20.000", wage_num=20000, cur="TWD",
    hours=10, restday="Minggu", term=36,
    pair={"kind": "job",
          "origin_line": "(1) Pekerjaan Anda: perawat lansia (Nenek Lin).",
          "dest_line": "(1) Pekerjaan Anda: perawat lansia dan pembantu "
                       "rumah tangga."},
    id_look=[
        ("CTR-008", "Anda boleh pindah majikan sesuai aturan Taiwan; kami "
         "tidak akan menghalangi dan akan menandatangani surat yang "
         "diperlukan."),
        ("CTR-003", "Tidak ada uang jaminan, denda atau utang yang harus "
         "Anda bayar, juga kalau Anda berhenti sebelum kontrak selesai."),
    ])

# ---------------------------------------------------------------- W-040
add(id="W-040", lang="en", reg="hbs", role="abuse", sector="manufacturing",
    dest="TW", origin="PH", sex="m", E="Company", W="Worker",
    ename="Ever Bright Precision Co., Ltd.", eaddr="Luzhu District, Taoyuan",
    wname="Mark Anthony Dela Cruz", job="a CNC machine operator",
    place="the Company's Luzhu plant", dcity="Taipei", wage="NT$28,590",
    wage_num=28590, cur="TWD", hours=8, restday="Sunday", term=36,
    food="meals in the factory canteen",
    internal="the broker's service officer",
    defs=[("Training Cost", "the cost of the two-week induction course "
           "at the Company's Taoyuan training centre, set at NT$30,000.")],
    abuses=[
        ("CTR-003", ("rule", "Remember that if you hand in your notice "
                     "before completing 18 months, you repay the Training "
                     "Cost in full and the Company deducts it from your "
                     "final pay.")),
    ])
